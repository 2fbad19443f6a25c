/**
 * Recording a release (npm run data:release): what changed since the last
 * one, figure by figure, and the changelog entry that says so. Pure; the
 * script (scripts/release-data.ts) reads and writes the files.
 */
import type { Dataset, Figure, Release } from './schema';
import { compareVersions, contentHash } from './version';

export interface FigureChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * The figures added, changed (any field: value, period, citations, note…) and
 * removed between two releases' figures, by id, in the newer file's order
 * (removed ones in the older file's).
 */
export function figureChanges(previous: readonly Figure[], next: readonly Figure[]): FigureChanges {
  const before = new Map(previous.map((f) => [f.id, JSON.stringify(f)]));
  const after = new Set(next.map((f) => f.id));
  return {
    added: next.filter((f) => !before.has(f.id)).map((f) => f.id),
    changed: next.filter((f) => before.has(f.id) && before.get(f.id) !== JSON.stringify(f)).map((f) => f.id),
    removed: previous.filter((f) => !after.has(f.id)).map((f) => f.id),
  };
}

/** "2 figures added, 1 changed", or what else changed when no figure did. */
export function describeChanges(changes: FigureChanges): string {
  const parts = [
    changes.added.length ? `${changes.added.length} ${changes.added.length === 1 ? 'figure' : 'figures'} added` : '',
    changes.changed.length ? `${changes.changed.length} changed` : '',
    changes.removed.length ? `${changes.removed.length} removed` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no figure added, changed or removed';
}

export interface ReleaseRequest {
  version: string;
  summary: string;
  /** YYYY-MM-DD */
  date: string;
}

/** Why a release cannot be recorded, or null. */
export function releaseProblem(ds: Dataset, request: ReleaseRequest): string | null {
  const newest = ds.changelog[0];
  if (!/^\d+\.\d+\.\d+$/.test(request.version)) return `expected a version like 1.2.0, got "${request.version}"`;
  if (!request.summary.trim()) return 'expected a summary of what changed, in a sentence or two';
  if (!newest) return null;
  if (newest.hash === contentHash(ds))
    return `the data has not changed since release ${newest.version} (hash ${newest.hash}): there is nothing to release`;
  if (compareVersions(request.version, newest.version) <= 0)
    return `expected a version after ${newest.version}, got ${request.version}`;
  if (request.date < newest.date)
    return `expected a date on or after ${newest.date}, the last release's, got ${request.date}`;
  return null;
}

/**
 * The dataset as released: a new changelog entry on top, with the content
 * hash and the figure changes against the previous release's figures, and
 * meta.json's version set to it.
 */
export function recordRelease(
  ds: Dataset,
  previousFigures: readonly Figure[],
  request: ReleaseRequest,
): { dataset: Dataset; release: Release } {
  const problem = releaseProblem(ds, request);
  if (problem) throw new Error(problem);
  const release: Release = {
    version: request.version,
    date: request.date,
    hash: contentHash(ds),
    summary: request.summary.trim(),
    ...figureChanges(previousFigures, ds.figures),
  };
  return {
    dataset: { ...ds, meta: { ...ds.meta, version: request.version }, changelog: [release, ...ds.changelog] },
    release,
  };
}
