import { describe, expect, it } from 'vitest';
import { checkAgainstArticles } from '../articles';
import { checkDataset } from '../checks';
import { yearsSpanned } from '../plans';
import { planYears, primaryEntities } from '../query';
import { syntheticDataset } from './synthetic';
import { parseDataset } from '../parse';
import { contentHash } from '../version';
import { textsOf } from './raw-files';

describe('the synthetic dataset', () => {
  for (const [companies, years] of [
    [5, 1],
    [12, 2],
    [20, 2],
    [40, 1],
  ] as const) {
    it(`passes the whole data check with ${companies} companies over ${years} ${years === 1 ? 'year' : 'years'}, quotes verbatim and every amount covered`, () => {
      const { dataset, articles } = syntheticDataset({ companies, years });
      expect(checkDataset(dataset)).toEqual([]);
      expect(checkAgainstArticles(dataset, articles, 'articles', 'data').problems).toEqual([]);
      expect(primaryEntities(dataset)).toHaveLength(companies);
      expect(planYears(dataset)).toHaveLength(years);
    });
  }

  it('has what the real data has: a fiscal year, a range, an approximate value and a multi-year project with its yearly average', () => {
    const { dataset } = syntheticDataset({ companies: 12, years: 2 });
    expect(dataset.figures.some((f) => f.period.basis === 'fiscal')).toBe(true);
    expect(dataset.figures.some((f) => f.qualifier === 'range')).toBe(true);
    expect(dataset.figures.some((f) => f.qualifier === 'approximate')).toBe(true);
    expect(dataset.figures.some((f) => f.kind === 'plan' && yearsSpanned(f) === 4)).toBe(true);
    expect(dataset.figures.some((f) => f.derivation?.op === 'divide')).toBe(true);
  });

  it('records its release with the hash of its content as parsed, revisions and actuals included', () => {
    const { files, dataset } = syntheticDataset({ companies: 7, years: 2, statements: 4 });
    const { dataset: parsed } = parseDataset(textsOf(files), 'synthetic');
    expect(parsed!.figures.some((f) => f.revises)).toBe(true);
    expect(contentHash(parsed!)).toBe(dataset.changelog[0]!.hash);
  });

  it('pins a colour for every company once there are more than the palette holds', () => {
    expect(
      syntheticDataset({ companies: 20, years: 1 }).dataset.entities.every((e) => e.colorToken === undefined),
    ).toBe(true);
    expect(
      syntheticDataset({ companies: 40, years: 1 }).dataset.entities.every((e) => e.colorToken !== undefined),
    ).toBe(true);
  });
});
