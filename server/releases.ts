/**
 * The releases a pinned embed can show (/embed/v/<version>/<chart>): every archived release that today's
 * schema reads, drawn at build from its own archive, so that a chart embedded from it stays as it was. An
 * archive of an older major release that predates today's schema (1.x has no dated claims) is left out: its
 * views are the live ones as of its date. The release being built is among them, archived or not. An archive of the current major that fails to read stops the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { archivedDataset, archivedFigures, majorOf } from '@/lib/dataset/archive';
import { DatasetError } from '@/lib/dataset/problems';
import type { Dataset, Figure } from '@/lib/dataset/schema';
import { compareVersions } from '@/lib/dataset/version';
import { datasetDir } from './dataset';
import { getDataset } from './data';

export interface PinnedRelease {
  version: string;
  dataset: Dataset;
}

let cached: PinnedRelease[] | undefined;

export function pinnedReleases(): PinnedRelease[] {
  if (cached) return cached;
  const current = getDataset();
  const root = path.join(datasetDir(), 'releases');
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'dataset.json')))
    : [];
  const releases: PinnedRelease[] = [];
  for (const version of versions.sort(compareVersions)) {
    const where = path.relative(process.cwd(), path.join(root, version)) || root;
    const { dataset, problems } = archivedDataset(
      readFileSync(path.join(root, version, 'dataset.json'), 'utf8'),
      where,
    );
    if (dataset) releases.push({ version, dataset });
    else if (majorOf(version) >= majorOf(current.meta.version)) throw new DatasetError(problems);
  }
  // The release being built, before npm run data:release has archived it, is data/ itself.
  if (!releases.some((r) => r.version === current.meta.version))
    releases.push({ version: current.meta.version, dataset: current });
  cached = releases;
  return cached;
}

export function pinnedRelease(version: string): PinnedRelease | undefined {
  return pinnedReleases().find((r) => r.version === version);
}

/** The figures of the release before `version`, as archived, to say what `version` changed; none for the first. */
export function figuresBefore(version: string): Figure[] {
  const versions = getDataset()
    .changelog.map((r) => r.version)
    .sort(compareVersions);
  const previous = versions[versions.indexOf(version) - 1];
  const file = previous && path.join(datasetDir(), 'releases', previous, 'dataset.json');
  return file && existsSync(file) ? archivedFigures(readFileSync(file, 'utf8')) : [];
}
