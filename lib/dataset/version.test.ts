import { describe, expect, it } from 'vitest';
import { frozenDataset } from './testing/frozen';
import { contentHash, releasePath } from './version';

const ds = frozenDataset();

describe('the dataset’s version', () => {
  it('names the newest release in meta.json, and that release’s hash is the data’s', () => {
    expect(ds.meta.version).toBe(ds.changelog[0]!.version);
    expect(contentHash(ds)).toBe(ds.changelog[0]!.hash);
  });

  it('keeps its hash when the files are only reformatted, and changes it when a figure changes', () => {
    const reformatted = JSON.parse(JSON.stringify(ds, null, 4)) as typeof ds;
    expect(contentHash(reformatted)).toBe(contentHash(ds));
    const changed = structuredClone(ds);
    changed.figures[0]!.value.high += 1;
    expect(contentHash(changed)).not.toBe(contentHash(ds));
  });

  it('keeps each release’s files under its own address', () => {
    expect(releasePath('1.2.0', 'figures.csv')).toBe('/data/v/1.2.0/figures.csv');
  });
});
