import { describe, expect, it } from 'vitest';
import { getEntity, latestPlanOf, latestPlanYear, primaryEntities } from '../../dataset/query';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { viewKey } from './keys';
import { availableCharts, viewFor } from './registry';
import { linkPreviews, pageCharts } from './page-charts';

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;
const newest = latestPlanYear(ds);

describe('the charts each page shows', () => {
  it('lists each page’s charts: the overview its plans and plans against actuals, a company page the plans highlighting it, then the charts about it, newest first, then its own', () => {
    expect(pageCharts(ds, 'overview')).toEqual([viewFor(ds, 'capex'), viewFor(ds, 'plan-outcomes')]);
    const project = slugs.at(-1)!;
    expect(pageCharts(ds, project)).toEqual([
      // A plan over several years is shown in its newest year; its history is drawn once, in its first.
      viewFor(ds, 'capex', { highlight: project, year: newest }),
      viewFor(ds, 'plan-history', { company: project, year }),
    ]);
    const withOwnCharts = slugs.find((s) => pageCharts(ds, s).some((v) => v.chart === 'aws-revenue'))!;
    expect(pageCharts(ds, withOwnCharts).map((c) => [c.chart, c.edition])).toEqual([
      ['capex', newest],
      ['plan-history', newest],
      ['plan-history', year],
      ['quarterly', newest],
      ['quarterly', year],
      ['amazon-capex', null],
      ['aws-revenue', null],
      ['amazon-q4-2024', null],
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
    const latest = (slug: string) => latestPlanOf(ds, getEntity(ds, slug)).year;
    expect(linkPreviews(ds).map((p) => [p.path, viewKey(p.view)])).toEqual([
      ['/og/overview.png', `capex-${newest}--per-year`],
      ...slugs.map((s) => [`/og/companies/${s}.png`, `capex-${latest(s)}--per-year--highlight-${s}`]),
    ]);
  });
});
