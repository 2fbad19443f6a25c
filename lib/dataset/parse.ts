/**
 * Parses the dataset's JSON files, given as text, and validates each record against the schema. Never
 * throws on bad data: it returns the problems, each naming file, record and field. Pure: the build reads the
 * files (server/dataset.ts), the tests hand in fixtures.
 */
import type { z } from 'zod';
import { DATASET_FILES, type Dataset } from './schema';
import { type DataProblem, fieldName } from './problems';

type Part = keyof typeof DATASET_FILES;

function isPart(name: string): name is Part {
  return Object.hasOwn(DATASET_FILES, name);
}

const PARTS: readonly Part[] = Object.keys(DATASET_FILES).filter(isPart);

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
  const id: unknown = idField && raw && typeof raw === 'object' ? Reflect.get(raw, idField) : undefined;
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

/** The dataset's files as text, by file name ("figures.json"); a missing file is absent. */
export type DatasetTexts = Readonly<Record<string, string | undefined>>;

/**
 * The dataset from its files' texts. `displayDir` is how their folder is named in messages (e.g. "data"),
 * so messages read "data/figures.json".
 */
export function parseDataset(texts: DatasetTexts, displayDir: string): LoadResult {
  const problems: DataProblem[] = [];
  const parts: Partial<Record<Part, unknown>> = {};

  for (const part of PARTS) {
    const spec = DATASET_FILES[part];
    const file = `${displayDir}/${spec.file}`;
    const text = texts[spec.file];
    if (text === undefined) {
      problems.push({ code: 'missing-file', file, message: `expected the file ${spec.file} in ${displayDir}/` });
      continue;
    }
    const parsed = parseJson(text, file);
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
  // Each part was parsed by its own schema above, so together they are a Dataset; TypeScript cannot follow
  // a value through the table of files it was parsed by.
  return { dataset: parts as Dataset, problems };
}
