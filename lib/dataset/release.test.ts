import { describe, expect, it } from 'vitest';
import { checkDataset } from './checks';
import { describeChanges, figureChanges, recordRelease, releaseProblem } from './release';
import type { Dataset } from './schema';
import { syntheticDataset } from './testing/synthetic';
import { bumpVersion, compareVersions } from './version';

const released = () => syntheticDataset({ companies: 6, years: 1 }).dataset;

/** The synthetic release with one figure changed, one removed and one added, as a maintainer would edit data/. */
function edited(): { before: Dataset; after: Dataset } {
  const before = released();
  const after = structuredClone(before);
  after.figures[0]!.note = 'A note added after the release.';
  const removed = after.figures.splice(1, 1)[0]!;
  after.entities.find((e) => e.slug === removed.entity)!.plans = {};
  after.entities.splice(
    after.entities.findIndex((e) => e.slug === removed.entity),
    1,
  );
  after.figures.push({ ...structuredClone(after.figures[2]!), id: 'new-figure' });
  return { before, after };
}

describe('recording a release', () => {
  it('lists the figures added, changed and removed since the last release, by id', () => {
    const { before, after } = edited();
    const changes = figureChanges(before.figures, after.figures);
    expect(changes).toEqual({
      added: ['new-figure'],
      changed: [before.figures[0]!.id],
      removed: [before.figures[1]!.id],
    });
    expect(describeChanges(changes)).toBe('1 figure added, 1 changed, 1 removed');
    expect(describeChanges(figureChanges(before.figures, before.figures))).toBe('no figure added, changed or removed');
  });

  it('writes the entry on top of the changelog, with the content hash, and sets meta.json’s version, so the data check passes', () => {
    const { before, after } = edited();
    expect(checkDataset(after).map((p) => p.code)).toContain('unreleased-change');
    const { dataset, release } = recordRelease(after, before.figures, {
      version: '1.1.0',
      summary: ' One figure fixed. ',
      date: '2026-11-30',
    });
    expect(dataset.changelog.map((r) => r.version)).toEqual(['1.1.0', '1.0.0']);
    expect(release).toMatchObject({
      version: '1.1.0',
      date: '2026-11-30',
      summary: 'One figure fixed.',
      added: ['new-figure'],
    });
    expect(dataset.meta.version).toBe('1.1.0');
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('refuses a release when nothing changed, an older version, an earlier date or an empty summary', () => {
    const { after } = edited();
    expect(releaseProblem(released(), { version: '1.1.0', summary: 'x', date: '2026-11-30' })).toMatch(
      /has not changed since release 1\.0\.0/,
    );
    expect(releaseProblem(after, { version: '1.0.0', summary: 'x', date: '2026-11-30' })).toMatch(
      /expected a version after 1\.0\.0/,
    );
    expect(releaseProblem(after, { version: '1.1', summary: 'x', date: '2026-11-30' })).toMatch(
      /expected a version like/,
    );
    expect(releaseProblem(after, { version: '1.1.0', summary: 'x', date: '2020-01-01' })).toMatch(
      /expected a date on or after/,
    );
    expect(releaseProblem(after, { version: '1.1.0', summary: '  ', date: '2026-11-30' })).toMatch(
      /expected a summary/,
    );
    expect(() => recordRelease(after, [], { version: '0.9.0', summary: 'x', date: '2026-11-30' })).toThrow(
      /after 1\.0\.0/,
    );
  });

  it('numbers versions as semantic versions: the next minor by default, 1.10.0 after 1.9.0', () => {
    expect(bumpVersion('1.9.3', 'minor')).toBe('1.10.0');
    expect(bumpVersion('1.9.3', 'patch')).toBe('1.9.4');
    expect(bumpVersion('1.9.3', 'major')).toBe('2.0.0');
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
  });
});
