/**
 * The dataset's version: meta.json names the release, data/changelog.json
 * lists every release with the content hash it was made from. The hash covers
 * what the figures are (sources, entities, figures, disagreements, ignored
 * amounts) as parsed JSON, so reformatting a file does not change it and
 * changing a number does: the data check then asks for a new release.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Dataset } from './schema';

export function contentHash(
  ds: Pick<Dataset, 'sources' | 'entities' | 'figures' | 'disagreements' | 'ignoredAmounts'>,
): string {
  const content = {
    sources: ds.sources,
    entities: ds.entities,
    figures: ds.figures,
    disagreements: ds.disagreements,
    ignoredAmounts: ds.ignoredAmounts,
  };
  // SHA-256 in plain JavaScript (@noble/hashes), the same digest as Node's crypto: the data check runs anywhere.
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(content)))).slice(0, 12);
}

/** Where a release's downloads are kept, unchanged, for as long as the site lives: /data/v/1.0.0/figures.csv */
export function releasePath(version: string, file: string): string {
  return `/data/v/${version}/${file}`;
}

/** "1.10.0" → [1, 10, 0]; the schema holds a version to three numbers. */
function parts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return [major, minor, patch];
}

/** Orders versions like 1.10.0 after 1.9.0: negative when a comes first. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export type VersionBump = 'major' | 'minor' | 'patch';

/** The version after `version`: 1.2.3 → 2.0.0, 1.3.0 or 1.2.4. */
export function bumpVersion(version: string, bump: VersionBump): string {
  const [major, minor, patch] = parts(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
