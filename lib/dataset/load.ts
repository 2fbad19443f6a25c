/**
 * Reads the dataset's JSON files and validates each record against the schema.
 * Never throws on bad data: it returns the problems, each naming file, record and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DATASET_FILES, type Dataset } from './schema';
import { type DataProblem, fieldName } from './problems';

type Part = keyof typeof DATASET_FILES;

export interface LoadResult {
  dataset: Dataset | null;
  problems: DataProblem[];
}

/** How a record is named in messages: 'figure "meta-capex-2025"', or by position when it has no id. */
export function recordLabel(part: Part, raw: unknown, index: number): string {
  const noun: Record<Part, string> = {
    meta: 'meta',
    sources: 'source',
    entities: 'entity',
    figures: 'figure',
    disagreements: 'disagreement',
    ignoredAmounts: 'ignored amount',
    changelog: 'release',
  };
  const idField = DATASET_FILES[part].idField;
  const id = idField && raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[idField] : undefined;
  return typeof id === 'string' && id ? `${noun[part]} "${id}"` : `${noun[part]} #${index + 1}`;
}

function zodProblems(error: z.ZodError, file: string, record: string | undefined): DataProblem[] {
  return error.issues.map((issue) => ({
    code: 'schema' as const,
    file,
    record,
    field: fieldName(issue.path) || undefined,
    message: issue.message,
  }));
}

/** Parses JSON text, reporting a syntax error with its line and column. */
function parseJson(text: string, file: string): { value: unknown } | { problem: DataProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(detail);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    return {
      problem: { code: 'invalid-json', file, message: `expected valid JSON; the parser stopped${where}: ${detail}` },
    };
  }
}

/**
 * Loads the dataset from `dir`. `displayDir` is how the folder is named in
 * messages (e.g. "data"), so messages read "data/figures.json".
 */
export function loadDataset(dir: string, displayDir = path.relative(process.cwd(), dir) || '.'): LoadResult {
  const problems: DataProblem[] = [];
  const parts: Partial<Record<Part, unknown>> = {};

  for (const [part, spec] of Object.entries(DATASET_FILES) as [Part, (typeof DATASET_FILES)[Part]][]) {
    const file = path.posix.join(displayDir.split(path.sep).join('/'), spec.file);
    const full = path.join(dir, spec.file);
    if (!existsSync(full)) {
      problems.push({ code: 'missing-file', file, message: `expected the file ${spec.file} in ${displayDir}/` });
      continue;
    }
    const parsed = parseJson(readFileSync(full, 'utf8'), file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    if (spec.idField === null && part === 'meta') {
      const result = spec.schema.safeParse(parsed.value);
      if (result.success) parts[part] = result.data;
      else problems.push(...zodProblems(result.error, file, undefined));
      continue;
    }
    if (!Array.isArray(parsed.value)) {
      problems.push({ code: 'schema', file, message: `expected a JSON array of records, got ${typeof parsed.value}` });
      continue;
    }
    const records: unknown[] = [];
    parsed.value.forEach((raw, i) => {
      const result = spec.schema.safeParse(raw);
      if (result.success) records.push(result.data);
      else problems.push(...zodProblems(result.error, file, recordLabel(part, raw, i)));
    });
    parts[part] = records;
  }

  if (problems.length > 0) return { dataset: null, problems };
  return { dataset: parts as unknown as Dataset, problems };
}
