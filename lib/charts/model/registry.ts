/**
 * Every chart, declared once: its builder, the view options it takes, where
 * it appears and what leaves the site with it. Everything else derives from
 * this table and the dataset (lib/charts/model/variants.ts): the pages' chart lists,
 * the bake, the exports and the deck, the embeds, the link previews and the
 * e2e tests' expectations. Adding a chart is a builder in
 * lib/charts/model/builders/, its id in ./chart-ids.ts and an entry here; adding a company or a year is data.
 */
import { findFigure, latestPlanYear, planYears } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { CHART_OPTION_PARAMS, URL_PARAMS } from '../../url/params';
import { serializeViewState } from '../../url/view-state';
import { amazonCapex } from './builders/amazon-capex';
import { amazonQ4 } from './builders/amazon-q4-2024';
import { awsRevenue } from './builders/aws-revenue';
import { capexPlans } from './builders/capex';
import { chartSlug } from './keys';
import { type ChartId, CHART_IDS } from './chart-ids';
import type { ChartDraft, ChartOptionName, ChartOptions } from './types';

export interface ChartEntry {
  build: (ds: Dataset, options: ChartOptions) => ChartDraft;
  /**
   * The view options (URL parameters) it reads; the others do not apply to it.
   * year: an edition per year with plans (capex-2025). basis: one variant per
   * value, switched on the page. highlight: a view per company, baked (a
   * company page shows it). companies: the overview's and the embed's filter,
   * drawn on demand in the browser (lib/charts/model/keys.ts's isBakedView).
   */
  takes: readonly ChartOptionName[];
  /** The overview shows it, with the URL's options. */
  onOverview: boolean;
  /**
   * Which company pages show it: 'plans', every company's with a plan (highlighting it, in the year of its
   * latest plan); 'own', the page of the company its figures are about.
   */
  companyPages: 'plans' | 'own';
  /** The link preview of the pages it opens: the overview, and each company page, highlighting that company. */
  linkPreview: boolean;
  /** The figures it draws, where the chart is about these alone: it exists while they all do. */
  figures?: readonly string[];
}

export const CHARTS = {
  capex: {
    build: capexPlans,
    takes: ['year', 'companies', 'basis', 'highlight'],
    onOverview: true,
    companyPages: 'plans',
    linkPreview: true,
  },
  'amazon-capex': { ...amazonCapex, takes: [], onOverview: false, companyPages: 'own', linkPreview: false },
  'aws-revenue': { ...awsRevenue, takes: [], onOverview: false, companyPages: 'own', linkPreview: false },
  'amazon-q4-2024': { ...amazonQ4, takes: [], onOverview: false, companyPages: 'own', linkPreview: false },
} as const satisfies Record<ChartId, ChartEntry>;

export { CHART_IDS, type ChartId };

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

export function chartEntry(id: ChartId): ChartEntry {
  return CHARTS[id];
}

export function takes(id: ChartId, option: ChartOptionName): boolean {
  return (CHARTS[id].takes as readonly ChartOptionName[]).includes(option);
}

/** Whether the dataset has what the chart draws: its fixed figures, or plans for a chart of plans. */
export function isAvailable(ds: Pick<Dataset, 'figures' | 'entities'>, id: ChartId): boolean {
  const entry = chartEntry(id);
  if (takes(id, 'year') && planYears(ds).length === 0) return false;
  return (entry.figures ?? []).every((f) => ds.figures.some((x) => x.id === f));
}

/** The charts the dataset has, in registry order. */
export function availableCharts(ds: Pick<Dataset, 'figures' | 'entities'>): ChartId[] {
  return CHART_IDS.filter((id) => isAvailable(ds, id));
}

/** The options a chart is drawn with: those it takes, at their defaults unless given (a year: the newest); the others null. */
export function chartOptions(
  ds: Pick<Dataset, 'entities'>,
  id: ChartId,
  given: Partial<ChartOptions> = {},
): ChartOptions {
  const options: Record<string, unknown> = {};
  for (const name of CHART_OPTION_PARAMS)
    options[name] = takes(id, name) ? (given[name] ?? URL_PARAMS[name].default) : null;
  if (takes(id, 'year') && options.year === null) options.year = latestPlanYear(ds);
  return options as ChartOptions;
}

/** The page a chart lives on: the overview, or the company page its figures are about. */
export function chartHref(ds: Pick<Dataset, 'figures'>, id: ChartId): string {
  const entry = chartEntry(id);
  if (entry.onOverview) return '/';
  const entity = entry.figures?.[0] && findFigure(ds, entry.figures[0])?.entity;
  return `/companies/${entity}`;
}

/**
 * A view's own address: the overview with its state in the query, or the chart's anchor on its page. It names
 * its year even when it is the newest: the newest moves with the data, and a permalink must keep its meaning.
 */
export function chartPermalink(ds: Pick<Dataset, 'figures'>, id: ChartId, options: ChartOptions): string {
  if (chartEntry(id).onOverview) return `/${serializeViewState(options)}`;
  return `${chartHref(ds, id)}#${chartSlug(id, options)}`;
}
