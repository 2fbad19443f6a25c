import { describe, expect, it } from 'vitest';
import { PRIMARY_SLUGS } from '../dataset/slugs';
import { CHART_IDS, chartOptions, chartPermalink } from './registry';
import { basesOf, chartVariants, companySubsets, deckVariants, linkPreviews, pageCharts, subsetVariants } from './variants';

describe('the views the registry declares', () => {
  it('gives a chart that takes no options exactly one view, keyed by its id', () => {
    expect(chartVariants('aws-revenue').map((v) => v.key)).toEqual(['aws-revenue']);
  });

  it('gives the chart of the five plans every basis, plain and with each company highlighted', () => {
    const keys = chartVariants('capex-2025').map((v) => v.key);
    expect(keys).toHaveLength(2 * (1 + PRIMARY_SLUGS.length));
    expect(keys).toContain('capex-2025--per-year');
    expect(keys).toContain('capex-2025--total--highlight-meta');
  });

  it('names every view differently', () => {
    const keys = [...chartVariants(), ...subsetVariants()].map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts each chart in the deck once per basis, none highlighted, in registry order', () => {
    const deck = deckVariants();
    expect(deck.map((v) => v.id)).toEqual(CHART_IDS.flatMap((id) => basesOf(id).map(() => id)));
    expect(deck.every((v) => v.options.highlight === null)).toBe(true);
    expect(deck.slice(0, 2).map((v) => v.key)).toEqual(['capex-2025--per-year', 'capex-2025--total']);
  });

  it('bakes a fragment for every proper subset of the five, in both bases', () => {
    expect(companySubsets()).toHaveLength(2 ** PRIMARY_SLUGS.length - 2);
    expect(subsetVariants()).toHaveLength(2 * (2 ** PRIMARY_SLUGS.length - 2));
  });

  it('lists each page’s charts: the overview its one chart, a company page its peers chart highlighting it, then its own', () => {
    expect(pageCharts('overview')).toEqual([{ id: 'capex-2025', highlight: null }]);
    expect(pageCharts('meta')).toEqual([{ id: 'capex-2025', highlight: 'meta' }]);
    expect(pageCharts('amazon').map((c) => c.id)).toEqual(['capex-2025', 'amazon-capex', 'aws-revenue', 'amazon-q4-2024']);
  });

  it('shows every chart on some page, so every exported view is one a reader has seen', () => {
    const shown = new Set((['overview', ...PRIMARY_SLUGS] as const).flatMap((p) => pageCharts(p).map((c) => c.id)));
    expect([...shown].sort()).toEqual([...CHART_IDS].sort());
  });

  it('previews each page with its main chart, a company page highlighting that company', () => {
    expect(linkPreviews().map((p) => [p.path, p.variant.key])).toEqual([
      ['/og/overview.png', 'capex-2025--per-year'],
      ...PRIMARY_SLUGS.map((s) => [`/og/companies/${s}.png`, `capex-2025--per-year--highlight-${s}`]),
    ]);
  });

  it('drops the options a chart does not take, and links each view to where it lives', () => {
    expect(chartOptions('aws-revenue', { basis: 'total', highlight: 'meta' })).toEqual({ companies: null, basis: null, highlight: null });
    expect(chartPermalink('capex-2025', chartOptions('capex-2025', { basis: 'total', highlight: 'meta' }))).toBe('/?basis=total&highlight=meta');
    expect(chartPermalink('aws-revenue', chartOptions('aws-revenue'))).toBe('/companies/amazon#aws-revenue');
  });
});
