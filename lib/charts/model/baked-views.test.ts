import { describe, expect, it } from 'vitest';
import { planYears, primaryEntities } from '../../dataset/query';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { syntheticDataset } from '../../dataset/testing/synthetic';
import { basesOf, bakedViews, deckViews, deckYears } from './baked-views';
import { isBakedView, viewKey } from './keys';
import { availableCharts, viewFor } from './registry';

const keys = (views: readonly Parameters<typeof viewKey>[0][]) => views.map(viewKey);

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;

describe('the views the registry declares', () => {
  it('gives a chart that takes no options exactly one view, keyed by its id', () => {
    expect(keys(bakedViews(ds, 'aws-revenue'))).toEqual(['aws-revenue']);
  });

  it('gives the plans chart every basis, plain and with each company highlighted, named by its year', () => {
    const plans = keys(bakedViews(ds, 'capex'));
    const planners = (y: string) => primaryEntities(ds).filter((e) => e.plans[y]).length;
    expect(plans).toHaveLength(planYears(ds).reduce((n, y) => n + basesOf('capex').length * (1 + planners(y)), 0));
    expect(plans).toContain(`capex-${year}--per-year`);
    expect(plans).toContain(`capex-${year}--total--highlight-${slugs.at(-1)}`);
  });

  it('gives a chart about one company a view per company that has its figures, named by company and year; a plan over several years in its first', () => {
    const histories = keys(bakedViews(ds, 'plan-history'));
    const firstYearOf = (plans: Record<string, string>, id: string) =>
      Object.keys(plans)
        .filter((y) => plans[y] === id)
        .sort()[0];
    const expected = planYears(ds).flatMap((y) =>
      primaryEntities(ds)
        .filter((e) => e.plans[y] && firstYearOf(e.plans, e.plans[y]) === y)
        .map((e) => `plan-history-${e.slug}-${y}`),
    );
    expect(histories).toEqual(expected);
  });

  it('draws each year of plans as its own edition, highlighting the companies with a plan that year', () => {
    const years = planYears(grown);
    expect(years).toEqual(['2025', '2026']);
    for (const y of years) {
      const planners = primaryEntities(grown).filter((e) => e.plans[y]).length;
      expect(bakedViews(grown, 'capex').filter((v) => v.edition === y)).toHaveLength(
        basesOf('capex').length * (1 + planners),
      );
    }
  });

  it('names every view differently', () => {
    for (const d of [ds, grown]) {
      const named = keys(bakedViews(d));
      expect(new Set(named).size).toBe(named.length);
    }
  });

  it('makes a deck per year of plans, each chart once per basis, none highlighted, in registry order', () => {
    expect(deckYears(grown)).toEqual(['2025', '2026']);
    const deck = deckViews(ds, year);
    const order = availableCharts(ds);
    const charts = deck.map((v) => order.indexOf(v.chart));
    expect(charts).toEqual([...charts].sort((a, b) => a - b));
    expect(new Set(deck.map((v) => v.chart))).toEqual(new Set(order));
    expect(deck.every((v) => v.options.highlight === null && [year, null].includes(v.edition))).toBe(true);
    expect(keys(deck.slice(0, 2))).toEqual([`capex-${year}--per-year`, `capex-${year}--total`]);
    expect(deckViews(grown, '2025')[0]!.edition).toBe('2025');
  });

  it('bakes every view a page shows and nothing of a subset of the companies, which the browser draws on demand', () => {
    expect(bakedViews(ds).every(isBakedView)).toBe(true);
    expect(isBakedView(viewFor(ds, 'capex', { companies: slugs.slice(0, 2) }))).toBe(false);
  });

  it('grows linearly with the companies and the years', () => {
    const count = (companies: number, years: number) =>
      bakedViews(syntheticDataset({ companies, years }).dataset).length;
    expect(count(20, 1) - count(10, 1)).toBe(2 * (count(10, 1) - count(5, 1)));
    expect(count(40, 1)).toBeLessThan(2 * count(20, 1));
    expect(count(12, 2)).toBeLessThan(2 * count(12, 1));
  });
});
