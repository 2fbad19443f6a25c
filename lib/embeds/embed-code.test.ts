import { describe, expect, it } from 'vitest';
import { viewFor } from '../charts/model/registry';
import { frozen as ds, frozenYear as year } from '../dataset/testing/test-datasets';
import { embedPath, iframeCode, isPinnable, pinnedEmbedPath } from './embed-code';
import { embedOf, embedViews, liveViewPath } from './embed-views';
import { pageCharts } from '../charts/model/page-charts';
import { chartSlug } from '../charts/model/keys';
import { syntheticDataset } from '../dataset/testing/synthetic';
import { embedHeight } from './sizing';

describe('a view’s embed', () => {
  it('leaves defaults out of the embed URL, and the year, which its path names', () => {
    expect(embedPath(viewFor(ds, 'capex', { year }))).toBe(`/embed/capex-${year}`);
    expect(embedPath(viewFor(ds, 'capex', { year, basis: 'total' }))).toBe(`/embed/capex-${year}?basis=total`);
    expect(embedPath(viewFor(ds, 'capex', { year, basis: 'per-year', highlight: null }), 'auto')).toBe(
      `/embed/capex-${year}`,
    );
    expect(embedPath(viewFor(ds, 'capex', { year, basis: 'total', highlight: 'meta' }), 'dark')).toBe(
      `/embed/capex-${year}?basis=total&highlight=meta&theme=dark`,
    );
  });

  it('writes iframe code with a title, a fallback height, lazy loading and leave to copy (a citation), escaping what it quotes, then the listener for our origin', () => {
    const code = iframeCode('https://x.test/embed/capex-2025?a=1&b=2', 'Meta’s "plan" <2025>', 560);
    expect(code.slice(0, code.indexOf('<script>'))).toBe(
      '<iframe src="https://x.test/embed/capex-2025?a=1&amp;b=2" title="Meta’s &quot;plan&quot; &lt;2025&gt;" width="100%" height="560" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write" data-ai-capex-embed></iframe>',
    );
    expect(code).toMatch(/<script>\(function\(\)\{.*e\.origin!=="https:\/\/x\.test".*\}\)\(\);<\/script>$/);
  });

  it('gives taller charts taller embeds', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(embedHeight({ rows: rows(6), notes: [] })).toBeGreaterThan(embedHeight({ rows: rows(2), notes: [] }));
  });
});

describe('the embed pages', () => {
  it('include every chart a page shows, for each company a chart is about', () => {
    const pages = ['overview' as const, ...ds.entities.filter((e) => e.role === 'primary').map((e) => e.slug)];
    for (const view of pages.flatMap((p) => pageCharts(ds, p)))
      expect(embedOf(ds, chartSlug(view)), chartSlug(view)).not.toBeNull();
  });
});

describe('a pinned embed', () => {
  const version = ds.meta.version;

  it('names its release and chart in its path, and carries only the switches its page holds', () => {
    expect(pinnedEmbedPath(viewFor(ds, 'capex', { year }), version)).toBe(`/embed/v/${version}/capex-${year}`);
    expect(pinnedEmbedPath(viewFor(ds, 'capex', { year, basis: 'total' }), version, 'dark')).toBe(
      `/embed/v/${version}/capex-${year}?basis=total&theme=dark`,
    );
    const company = ds.entities.find((e) => e.role === 'primary')!.slug;
    expect(pinnedEmbedPath(viewFor(ds, 'plan-history', { year, company }), version)).toBe(
      `/embed/v/${version}/plan-history-${company}-${year}`,
    );
  });

  it('is offered for a chart as it opens, not for a composed view or a view as of a day', () => {
    expect(isPinnable(viewFor(ds, 'capex', { year, basis: 'total' }))).toBe(true);
    expect(isPinnable(viewFor(ds, 'capex', { year, highlight: 'meta' }))).toBe(false);
    expect(isPinnable(viewFor(ds, 'capex', { year, companies: ['meta', 'amazon'] }))).toBe(false);
    expect(isPinnable(viewFor(ds, 'capex', { year, asof: '2025-02-07' }))).toBe(false);
  });

  it('links back to the chart as it stood on its release’s day once newer data exists, and home when the chart is gone', () => {
    const view = embedViews(ds).find((v) => v.chart === 'capex')!;
    expect(liveViewPath(ds, view, null)).toBe(`/?year=${view.edition}`);
    expect(liveViewPath(ds, view, '2025-06-30')).toBe(`/?year=${view.edition}&asof=2025-06-30`);
    const other = syntheticDataset({ companies: 2, years: 1 }).dataset;
    const gone = embedViews(ds).find((v) => v.chart === 'plan-history')!;
    expect(liveViewPath(other, gone, null)).toBe('/');
  });
});
