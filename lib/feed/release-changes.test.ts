import { describe, expect, it } from 'vitest';
import { archivedFigures } from '../dataset/archive';
import { formatDate } from '../dataset/labels';
import type { Release } from '../dataset/schema';
import release110 from '../dataset/testing/frozen/release-1.1.0.json';
import { frozen as ds } from '../dataset/testing/test-datasets';
import { formatValueLong } from '../money/format';
import { releaseChangeGroups } from './release-changes';

const release = ds.changelog.find((r) => r.version === ds.meta.version)!;
const before = archivedFigures(JSON.stringify(release110));
const groups = releaseChangeGroups(ds, release, before);
const group = (kind: string) => groups.find((g) => g.kind === kind);

describe('what a release changed', () => {
  it('lists a revision old → new, with the day and event that revised it, apart from the figures it added', () => {
    const revisions = ds.figures.filter((f) => f.revises && release.added.includes(f.id));
    expect(revisions.length).toBeGreaterThan(0);
    expect(group('revised')!.figures.map((f) => f.id)).toEqual(revisions.map((f) => f.id));
    expect(group('added')!.figures.map((f) => f.id)).not.toContain(revisions[0]!.id);
    for (const f of revisions) {
      const old = ds.figures.find((o) => o.id === f.revises)!;
      const row = group('revised')!.figures.find((r) => r.id === f.id)!;
      expect(row.before).toBe(`${formatValueLong(old.value, old.qualifier)} (${formatDate(old.stated.on)})`);
      expect(row.after).toBe(formatValueLong(f.value, f.qualifier));
      expect(row.what).toBe(`Revised on ${formatDate(f.stated.on)}, ${f.stated.at}`);
    }
  });

  it('says what changed in a figure since the release before it, old → new, from that release’s archive', () => {
    const changed = group('changed')!.figures;
    expect(changed.map((f) => f.id)).toEqual(release.changed);
    // Release 1.x did not date its figures: each changed figure has gained when it was stated.
    for (const f of changed) expect(f.what, f.id).toContain('stated added');
  });

  it('names a changed figure without old → new when the release before it has no archive', () => {
    for (const f of releaseChangeGroups(ds, release).find((g) => g.kind === 'changed')!.figures)
      expect(f.before).toBeUndefined();
  });

  it('counts each group in its heading, and leaves empty groups out', () => {
    const empty: Release = { ...release, added: [], changed: [], removed: [] };
    expect(releaseChangeGroups(ds, empty)).toEqual([]);
    expect(group('revised')!.heading).toMatch(/^\d+ figures? revising an earlier one$/);
  });
});
