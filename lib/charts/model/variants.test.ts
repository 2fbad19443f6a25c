import { describe, expect, it } from 'vitest';
import { planYears, primaryEntities } from '../../dataset/query';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { syntheticDataset } from '../../dataset/testing/synthetic';
import { isBakedView } from './keys';
import { availableCharts, chartOptions } from './registry';
import { basesOf, chartVariants, deckVariants, deckYears } from './variants';

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;

describe('the views the registry declares', () => {
  it('gives a chart that takes no options exactly one view, keyed by its id', () => {
    expect(chartVariants(ds, 'aws-revenue').map((v) => v.key)).toEqual(['aws-revenue']);
  });

  it('gives the plans chart every basis, plain and with each company highlighted, named by its year', () => {
    const keys = chartVariants(ds, 'capex').map((v) => v.key);
    expect(keys).toHaveLength(basesOf('capex').length * (1 + slugs.length));
    expect(keys).toContain(`capex-${year}--per-year`);
    expect(keys).toContain(`capex-${year}--total--highlight-${slugs.at(-1)}`);
  });

  it('draws each year of plans as its own edition, highlighting the companies with a plan that year', () => {
    const years = planYears(grown);
    expect(years).toEqual(['2025', '2026']);
    for (const y of years) {
      const planners = primaryEntities(grown).filter((e) => e.plans[y]).length;
      expect(chartVariants(grown, 'capex').filter((v) => v.options.year === y)).toHaveLength(
        basesOf('capex').length * (1 + planners),
      );
    }
  });

  it('names every view differently', () => {
    for (const d of [ds, grown]) {
      const keys = chartVariants(d).map((v) => v.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('makes a deck per year of plans, each chart once per basis, none highlighted, in registry order', () => {
    expect(deckYears(grown)).toEqual(['2025', '2026']);
    const deck = deckVariants(ds, year!);
    expect(deck.map((v) => v.id)).toEqual(availableCharts(ds).flatMap((id) => basesOf(id).map(() => id)));
    expect(deck.every((v) => v.options.highlight === null)).toBe(true);
    expect(deck.slice(0, 2).map((v) => v.key)).toEqual([`capex-${year}--per-year`, `capex-${year}--total`]);
    expect(deckVariants(grown, '2025')[0]!.options.year).toBe('2025');
  });

  it('bakes every view a page shows and nothing of a subset of the companies, which the browser draws on demand', () => {
    expect(chartVariants(ds).every((v) => isBakedView(v.options))).toBe(true);
    expect(isBakedView(chartOptions(ds, 'capex', { companies: slugs.slice(0, 2) }))).toBe(false);
  });

  it('grows linearly with the companies and the years', () => {
    const count = (companies: number, years: number) =>
      chartVariants(syntheticDataset({ companies, years }).dataset).length;
    expect(count(20, 1) - count(10, 1)).toBe(count(10, 1) - count(5, 1) + 5 * basesOf('capex').length);
    expect(count(40, 1)).toBeLessThan(2 * count(20, 1));
    expect(count(12, 2)).toBeLessThan(2 * count(12, 1));
  });
});
