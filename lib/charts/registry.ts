/**
 * Every chart, declared once: its builder, the view options it takes, where
 * it appears and what leaves the site with it. Everything else derives from
 * this table (lib/charts/variants.ts): the pages' chart lists, the bake, the
 * exports and the deck, the embeds, the link previews and the e2e tests'
 * expectations. Adding a chart is a builder in lib/charts/builders/ and an
 * entry here (plus its data).
 */
import type { Dataset } from '../dataset/schema';
import { PRIMARY_SLUGS, type PrimarySlug } from '../dataset/slugs';
import { formatUsd } from '../money/format';
import { CHART_OPTION_PARAMS, URL_PARAMS } from '../url/params';
import { serializeViewState } from '../url/view-state';
import { amazonCapex } from './builders/amazon-capex';
import { amazonQ4 } from './builders/amazon-q4-2024';
import { awsRevenue } from './builders/aws-revenue';
import { capex2025 } from './builders/capex-2025';
import { chartKey } from './keys';
import { niceAxis } from './scale';
import { sourceLine } from './source-line';
import type { ChartDraft, ChartOptionName, ChartOptions, ChartSpec } from './spec';

export interface ChartEntry {
  build: (ds: Dataset, options: ChartOptions) => ChartDraft;
  /**
   * The view options (URL parameters) it reads; the others do not apply to it.
   * basis: one variant per value, switched on the page. highlight: a view per
   * company, baked (a company page shows it). companies: the overview's and the
   * embed's filter, drawn on demand in the browser (lib/charts/keys.ts's isBakedView).
   */
  takes: readonly ChartOptionName[];
  /** The overview shows it, with the URL's options. */
  onOverview: boolean;
  /** The company pages that show it (highlighting that company, if it takes highlight), in registry order. */
  onCompanyPages: readonly PrimarySlug[];
  /** The link preview of the pages it opens: the overview, and each company page, highlighting that company. */
  linkPreview: boolean;
}

export const CHARTS = {
  'capex-2025': {
    build: capex2025,
    takes: ['companies', 'basis', 'highlight'],
    onOverview: true,
    onCompanyPages: PRIMARY_SLUGS,
    linkPreview: true,
  },
  'amazon-capex': { build: amazonCapex, takes: [], onOverview: false, onCompanyPages: ['amazon'], linkPreview: false },
  'aws-revenue': { build: awsRevenue, takes: [], onOverview: false, onCompanyPages: ['amazon'], linkPreview: false },
  'amazon-q4-2024': { build: amazonQ4, takes: [], onOverview: false, onCompanyPages: ['amazon'], linkPreview: false },
} as const satisfies Record<string, ChartEntry>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

export function chartEntry(id: ChartId): ChartEntry {
  return CHARTS[id];
}

export function takes(id: ChartId, option: ChartOptionName): boolean {
  return (CHARTS[id].takes as readonly ChartOptionName[]).includes(option);
}

/** The options a chart is drawn with: those it takes, at their defaults unless given; the others null. */
export function chartOptions(id: ChartId, given: Partial<ChartOptions> = {}): ChartOptions {
  const options: Record<string, unknown> = {};
  for (const name of CHART_OPTION_PARAMS) options[name] = takes(id, name) ? (given[name] ?? URL_PARAMS[name].default) : null;
  return options as ChartOptions;
}

/** The page a chart lives on: the overview, or the first company page that shows it. */
export function chartHref(id: ChartId): string {
  const entry = chartEntry(id);
  return entry.onOverview ? '/' : `/companies/${entry.onCompanyPages[0]}`;
}

/** A view's own address: the overview with its state in the query, or the chart's anchor on its page. */
export function chartPermalink(id: ChartId, options: ChartOptions): string {
  if (chartEntry(id).onOverview) {
    return `/${serializeViewState(options)}`;
  }
  return `${chartHref(id)}#${id}`;
}

/** A chart's complete spec: its builder's draft, with what every chart computes the same way. */
export function buildChartSpec(ds: Dataset, id: ChartId, given: Partial<ChartOptions> = {}): ChartSpec {
  const options = chartOptions(id, given);
  const draft = chartEntry(id).build(ds, options);
  const figureIds = [...draft.rows.map((r) => r.figureId), ...draft.rows.flatMap((r) => r.markers.map((m) => m.figureId))];
  const axis = niceAxis(Math.max(...draft.rows.flatMap((r) => [r.high, ...r.markers.map((m) => m.high)])));
  const rowsText = draft.rows
    .map((r) => `${r.label}, ${r.sublabel}: ${r.valueText}${r.markers.length ? ` (${r.markers.map((m) => m.label).join('; ')})` : ''}`)
    .join('. ');
  return {
    ...draft,
    id,
    options,
    key: chartKey(id, options),
    axis: { ...axis, tickLabels: axis.ticks.map((t) => formatUsd(t)) },
    figureIds,
    sourceLine: sourceLine(ds, figureIds),
    description: `Bar chart: ${draft.title}. ${rowsText}.`,
    href: chartHref(id),
    permalink: chartPermalink(id, options),
    asOf: ds.meta.asOf,
    version: ds.meta.version,
  };
}
