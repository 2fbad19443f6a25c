/**
 * The dataset's version: meta.json names the release, data/changelog.json
 * lists every release with the content hash it was made from. The hash covers
 * what the figures are (sources, entities, figures, disagreements, ignored
 * amounts) as parsed JSON, so reformatting a file does not change it and
 * changing a number does: the data check then asks for a new release.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './schema';

export function contentHash(ds: Pick<Dataset, 'sources' | 'entities' | 'figures' | 'disagreements' | 'ignoredAmounts'>): string {
  const content = { sources: ds.sources, entities: ds.entities, figures: ds.figures, disagreements: ds.disagreements, ignoredAmounts: ds.ignoredAmounts };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

/** Where a release's downloads are kept, unchanged, for as long as the site lives: /data/v/1.0.0/figures.csv */
export function releasePath(version: string, file: string): string {
  return `/data/v/${version}/${file}`;
}
