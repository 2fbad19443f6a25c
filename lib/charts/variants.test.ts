import { describe, expect, it } from 'vitest';
import { PRIMARY_SLUGS } from '../dataset/slugs';
import { CHART_IDS, chartOptions, chartPermalink } from './registry';
import { isBakedView } from './keys';
import { basesOf, chartVariants, deckVariants, linkPreviews, pageCharts } from './variants';

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
    const keys = chartVariants().map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts each chart in the deck once per basis, none highlighted, in registry order', () => {
    const deck = deckVariants();
    expect(deck.map((v) => v.id)).toEqual(CHART_IDS.flatMap((id) => basesOf(id).map(() => id)));
    expect(deck.every((v) => v.options.highlight === null)).toBe(true);
    expect(deck.slice(0, 2).map((v) => v.key)).toEqual(['capex-2025--per-year', 'capex-2025--total']);
  });

  it('bakes every view a page shows and nothing of a subset of the companies, which the browser draws on demand', () => {
    expect(chartVariants().every((v) => isBakedView(v.options))).toBe(true);
    expect(isBakedView(chartOptions('capex-2025', { companies: ['amazon', 'meta'] }))).toBe(false);
  });

  it('grows linearly with the companies: each basis of the overview chart, plain and with each company highlighted', () => {
    expect(chartVariants('capex-2025')).toHaveLength(basesOf('capex-2025').length * (1 + PRIMARY_SLUGS.length));
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
