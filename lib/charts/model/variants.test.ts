import { describe, expect, it } from 'vitest';
import { planYears, primaryEntities } from '../../dataset/query';
import { frozenDataset } from '../../dataset/testing/frozen';
import { syntheticDataset } from '../../dataset/testing/synthetic';
import { availableCharts, chartOptions, chartPermalink } from './registry';
import { isBakedView } from './keys';
import { basesOf, chartVariants, deckVariants, deckYears } from './variants';
import { linkPreviews, pageCharts } from './page-charts';

const ds = frozenDataset();
const slugs = primaryEntities(ds).map((e) => e.slug);
const [year] = planYears(ds);
const grown = syntheticDataset({ companies: 12, years: 2 }).dataset;

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

  it('lists each page’s charts: the overview its plans chart, a company page the plans highlighting it, then its own', () => {
    expect(pageCharts(ds, 'overview')).toEqual([{ id: 'capex', highlight: null, year: null }]);
    expect(pageCharts(ds, slugs.at(-1)!)).toEqual([{ id: 'capex', highlight: slugs.at(-1), year }]);
    const withOwnCharts = slugs.find((s) => pageCharts(ds, s).length > 1)!;
    expect(pageCharts(ds, withOwnCharts).map((c) => c.id)).toEqual([
      'capex',
      'amazon-capex',
      'aws-revenue',
      'amazon-q4-2024',
    ]);
  });

  it('shows a company in the year of its latest plan on its page', () => {
    const project = primaryEntities(grown).find((e) => e.kind === 'project')!;
    const company = primaryEntities(grown)[0]!;
    expect(pageCharts(grown, project.slug)[0]!.year).toBe('2025');
    expect(pageCharts(grown, company.slug)[0]!.year).toBe('2026');
  });

  it('shows every chart on some page, so every exported view is one a reader has seen', () => {
    const shown = new Set(['overview', ...slugs].flatMap((p) => pageCharts(ds, p).map((c) => c.id)));
    expect([...shown].sort()).toEqual([...availableCharts(ds)].sort());
  });

  it('leaves out the charts whose figures the dataset does not have', () => {
    expect(availableCharts(grown)).toEqual(['capex']);
  });

  it('previews each page with its main chart, a company page highlighting that company', () => {
    expect(linkPreviews(ds).map((p) => [p.path, p.variant.key])).toEqual([
      ['/og/overview.png', `capex-${year}--per-year`],
      ...slugs.map((s) => [`/og/companies/${s}.png`, `capex-${year}--per-year--highlight-${s}`]),
    ]);
  });

  it('drops the options a chart does not take, and links each view to where it lives, naming its year', () => {
    expect(chartOptions(ds, 'aws-revenue', { basis: 'total', highlight: 'meta' })).toEqual({
      year: null,
      companies: null,
      basis: null,
      highlight: null,
    });
    expect(chartPermalink(ds, 'capex', chartOptions(ds, 'capex', { basis: 'total', highlight: slugs[0] }))).toBe(
      `/?year=${year}&basis=total&highlight=${slugs[0]}`,
    );
    expect(chartPermalink(ds, 'aws-revenue', chartOptions(ds, 'aws-revenue'))).toMatch(
      /^\/companies\/[a-z-]+#aws-revenue$/,
    );
  });
});
