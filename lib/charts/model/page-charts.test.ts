import { describe, expect, it } from 'vitest';
import { primaryEntities } from '../../dataset/query';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { viewKey } from './keys';
import { availableCharts, viewFor } from './registry';
import { linkPreviews, pageCharts } from './page-charts';

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;

describe('the charts each page shows', () => {
  it('lists each page’s charts: the overview its plans chart, a company page the plans highlighting it, then its own', () => {
    expect(pageCharts(ds, 'overview')).toEqual([viewFor(ds, 'capex')]);
    expect(pageCharts(ds, slugs.at(-1)!)).toEqual([viewFor(ds, 'capex', { highlight: slugs.at(-1), year })]);
    const withOwnCharts = slugs.find((s) => pageCharts(ds, s).length > 1)!;
    expect(pageCharts(ds, withOwnCharts).map((c) => c.chart)).toEqual([
      'capex',
      'amazon-capex',
      'aws-revenue',
      'amazon-q4-2024',
    ]);
  });

  it('shows a company in the year of its latest plan on its page', () => {
    const project = primaryEntities(grown).find((e) => e.kind === 'project')!;
    const company = primaryEntities(grown)[0]!;
    expect(pageCharts(grown, project.slug)[0]!.edition).toBe('2025');
    expect(pageCharts(grown, company.slug)[0]!.edition).toBe('2026');
  });

  it('shows every chart on some page, so every exported view is one a reader has seen', () => {
    const shown = new Set(['overview', ...slugs].flatMap((p) => pageCharts(ds, p).map((c) => c.chart)));
    expect([...shown].sort()).toEqual([...availableCharts(ds)].sort());
  });

  it('previews each page with its main chart, a company page highlighting that company', () => {
    expect(linkPreviews(ds).map((p) => [p.path, viewKey(p.view)])).toEqual([
      ['/og/overview.png', `capex-${year}--per-year`],
      ...slugs.map((s) => [`/og/companies/${s}.png`, `capex-${year}--per-year--highlight-${s}`]),
    ]);
  });
});
