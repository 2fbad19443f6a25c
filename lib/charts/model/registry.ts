/**
 * Every chart, declared once: its builder, where it appears and what leaves the site with it (the views it
 * has — its editions and the options it takes — are in ./chart-ids.ts, which the page script reads too).
 * Everything else derives from this table and the dataset (lib/charts/model/baked-views.ts): the pages' chart
 * lists, the bake, the exports and the deck, the embeds, the link previews and the e2e tests' expectations.
 * Adding a chart is a builder in lib/charts/model/builders/, its id and shape in ./chart-ids.ts and an entry
 * here; adding a company or a year is data.
 */
import { findFigure, planYears, viewVocabulary } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { type View, type ViewChoices, viewOf, viewQuery } from '../../url/view';
import { amazonCapex } from './builders/amazon-capex';
import { amazonQ4 } from './builders/amazon-q4-2024';
import { awsRevenue } from './builders/aws-revenue';
import { capexPlans } from './builders/capex';
import { type ChartId, CHART_IDS, chartShape } from './chart-ids';
import { chartSlug } from './keys';
import type { ChartDraft } from './types';

export interface ChartEntry {
  build: (ds: Dataset, view: View) => ChartDraft;
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
  capex: { build: capexPlans, onOverview: true, companyPages: 'plans', linkPreview: true },
  'amazon-capex': { ...amazonCapex, onOverview: false, companyPages: 'own', linkPreview: false },
  'aws-revenue': { ...awsRevenue, onOverview: false, companyPages: 'own', linkPreview: false },
  'amazon-q4-2024': { ...amazonQ4, onOverview: false, companyPages: 'own', linkPreview: false },
} as const satisfies Record<ChartId, ChartEntry>;

export function chartEntry(id: ChartId): ChartEntry {
  return CHARTS[id];
}

/** Whether the dataset has what the chart draws: its fixed figures, or plans for a chart of plans. */
export function isAvailable(ds: Pick<Dataset, 'figures' | 'entities'>, id: ChartId): boolean {
  if (chartShape(id).editions && planYears(ds).length === 0) return false;
  return (chartEntry(id).figures ?? []).every((f) => ds.figures.some((x) => x.id === f));
}

/** The charts the dataset has, in registry order. */
export function availableCharts(ds: Pick<Dataset, 'figures' | 'entities'>): ChartId[] {
  return CHART_IDS.filter((id) => isAvailable(ds, id));
}

/**
 * A chart's view in this dataset: its edition and the options it takes as chosen, the others at their
 * defaults (an edition: the newest), checked against the dataset's vocabulary as a URL's would be.
 */
export function viewFor(ds: Pick<Dataset, 'entities'>, chart: ChartId, choices: ViewChoices = {}): View {
  return viewOf(chart, choices, viewVocabulary(ds));
}

/** The page a chart lives on: the overview, or the company page its figures are about. */
export function chartHref(ds: Pick<Dataset, 'figures'>, id: ChartId): string {
  const entry = chartEntry(id);
  if (entry.onOverview) return '/';
  const entity = entry.figures?.[0] && findFigure(ds, entry.figures[0])?.entity;
  return `/companies/${entity}`;
}

/**
 * A view's own address: the overview with its view in the query, or the chart's anchor on its page. It names
 * its year even when it is the newest: the newest moves with the data, and a permalink must keep its meaning.
 */
export function chartPermalink(ds: Pick<Dataset, 'figures'>, view: View): string {
  if (chartEntry(view.chart).onOverview) return `/${viewQuery(view)}`;
  return `${chartHref(ds, view.chart)}#${chartSlug(view)}`;
}
