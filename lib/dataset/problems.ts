/**
 * A data problem names where it is (file, record, field) and what was expected,
 * so that bad data stops the build with a message a person can act on.
 */

/** Every kind of problem the data check reports: each has a broken fixture or a test of its own (checks.test.ts). */
export const PROBLEM_CODES = [
  'missing-file',
  'invalid-json',
  'schema',
  'duplicate-id',
  'unknown-entity',
  'unknown-source',
  'unknown-figure',
  'orphan-source',
  'shown-nowhere',
  'missing-yearly-average',
  'unknown-color-token',
  'palette-exhausted',
  'quote-missing-value',
  'derivation-mismatch',
  'charted-figure-not-listed',
  'as-of-mismatch',
  'quote-missing',
  'quote-from-report',
  'too-many-reports',
  'unmarked-single-source',
  'revision-mismatch',
  'articles-folder-missing',
  'article-missing',
  'article-without-source',
  'quote-not-in-article',
  'uncovered-amount',
  'ignore-not-found',
  'ignore-ambiguous',
  'ignore-redundant',
  'missing-release',
  'version-mismatch',
  'unreleased-change',
  'release-order',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface DataProblem {
  code: ProblemCode;
  /** The file, relative to the project, e.g. "data/figures.json". */
  file: string;
  /** The record, e.g. 'figure "meta-capex-2025"'. */
  record?: string;
  /** The field inside the record, e.g. "citations[0].quote". */
  field?: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.record, p.field].filter(Boolean).join(' › ');
  return `${where}\n    ${p.message}`;
}

export function formatProblems(problems: readonly DataProblem[]): string {
  const n = problems.length;
  return [
    `✗ data check failed with ${n} problem${n === 1 ? '' : 's'}:`,
    '',
    ...problems.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}

/** Thrown when pages are built from a dataset that does not pass its checks. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(formatProblems(problems));
    this.name = 'DatasetError';
  }
}

/** Renders a Zod issue path as a field name: ["citations", 0, "quote"] → "citations[0].quote". */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}
