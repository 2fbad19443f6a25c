/**
 * Every chart, declared once: its builder, where it appears and what leaves the site with it (the views it
 * has — its editions and the options it takes — are in ./chart-ids.ts, which the page script reads too).
 * Everything else derives from this table and the dataset (lib/charts/model/baked-views.ts): the pages' chart
 * lists, the bake, the exports and the deck, the embeds, the link previews and the e2e tests' expectations.
 * Adding a chart is a builder in lib/charts/model/builders/, its id and shape in ./chart-ids.ts and an entry
 * here; adding a company, a year or a statement is data.
 */
import { quarterlyCapex } from '../../dataset/claims';
import { findFigure, primaryEntities, viewVocabulary } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { type View, type ViewChoices, viewOf, viewQuery } from '../../url/view';
import { amazonCapex } from './builders/amazon-capex';
import { amazonQ4 } from './builders/amazon-q4-2024';
import { awsRevenue } from './builders/aws-revenue';
import { capexPlans } from './builders/capex';
import { planHistory } from './builders/plan-history';
import { planOutcomes } from './builders/plan-outcomes';
import { quarterlyChart } from './builders/quarterly';
import { type ChartId, CHART_IDS, chartShape, isAboutOneCompany } from './chart-ids';
import { chartSlug } from './keys';
import type { ChartDraft } from './types';

export interface ChartEntry {
  build: (ds: Dataset, view: View) => ChartDraft;
  /**
   * Where the overview shows it: 'main', the chart its controls and URL drive (its permalink is the overview's
   * query); 'also', below it, at its defaults (its permalink is its anchor). null: not on the overview.
   */
  overview: 'main' | 'also' | null;
  /**
   * Which company pages show it: 'plans', every company's with a plan (highlighting it, in the year of its
   * latest plan); 'about', for a chart about one company, that company's, in each of its editions, newest
   * first; 'own', the page of the company its figures are about; null, none.
   */
  companyPages: 'plans' | 'about' | 'own' | null;
  /** The link preview of the pages it opens: the overview, and each company page, highlighting that company. */
  linkPreview: boolean;
  /** The figures it draws, where the chart is about these alone: it exists while they all do. */
  figures?: readonly string[];
  /** For a chart about one company: the companies it has a view of in an edition (they have its figures). */
  companies?: (ds: Dataset, edition: string | null) => string[];
}

/**
 * The companies with a plan for the year. A plan over several years (Stargate's four) is the plan of each of
 * them, but it moved once: its history is drawn in its first year only.
 */
const withPlanFor = (ds: Dataset, year: string | null) =>
  primaryEntities(ds)
    .filter((e) => {
      if (year === null) return false;
      const plan = e.plans[year];
      return plan !== undefined && !Object.entries(e.plans).some(([y, id]) => id === plan && y < year);
    })
    .map((e) => e.slug);
const withQuarters = (ds: Dataset, year: string | null) =>
  primaryEntities(ds)
    .filter((e) => quarterlyCapex(ds, e.slug, year).length > 0)
    .map((e) => e.slug);

export const CHARTS = {
  capex: { build: capexPlans, overview: 'main', companyPages: 'plans', linkPreview: true },
  'plan-outcomes': { build: planOutcomes, overview: 'also', companyPages: null, linkPreview: false },
  'plan-history': {
    build: planHistory,
    overview: null,
    companyPages: 'about',
    linkPreview: false,
    companies: withPlanFor,
  },
  quarterly: {
    build: quarterlyChart,
    overview: null,
    companyPages: 'about',
    linkPreview: false,
    companies: withQuarters,
  },
  'amazon-capex': { ...amazonCapex, overview: null, companyPages: 'own', linkPreview: false },
  'aws-revenue': { ...awsRevenue, overview: null, companyPages: 'own', linkPreview: false },
  'amazon-q4-2024': { ...amazonQ4, overview: null, companyPages: 'own', linkPreview: false },
} as const satisfies Record<ChartId, ChartEntry>;

export function chartEntry(id: ChartId): ChartEntry {
  return CHARTS[id];
}

/** A chart's editions in this dataset: each year of its list (with plans, with actuals), or one view without. */
export function editionsOf(ds: Dataset, id: ChartId): (string | null)[] {
  const list = chartShape(id).editions;
  return list === null ? [null] : [...viewVocabulary(ds)[list]];
}

/** The companies a chart has a view of in an edition: for a chart about one company, those with its figures. */
export function companiesOf(ds: Dataset, id: ChartId, edition: string | null): (string | null)[] {
  const of = chartEntry(id).companies;
  return isAboutOneCompany(id) && of ? of(ds, edition) : [null];
}

/** Whether the dataset has what the chart draws: its fixed figures, an edition, a company it is about. */
export function isAvailable(ds: Dataset, id: ChartId): boolean {
  if (chartShape(id).editions !== null && editionsOf(ds, id).length === 0) return false;
  if (isAboutOneCompany(id) && !editionsOf(ds, id).some((e) => companiesOf(ds, id, e).length > 0)) return false;
  return (chartEntry(id).figures ?? []).every((f) => ds.figures.some((x) => x.id === f));
}

/** The charts the dataset has, in registry order. */
export function availableCharts(ds: Dataset): ChartId[] {
  return CHART_IDS.filter((id) => isAvailable(ds, id));
}

/**
 * A chart's view in this dataset: its edition and the options it takes as chosen, the others at their
 * defaults (an edition: the newest), checked against the dataset's vocabulary as a URL's would be.
 */
export function viewFor(ds: Dataset, chart: ChartId, choices: ViewChoices = {}): View {
  return viewOf(chart, choices, viewVocabulary(ds));
}

/** The page a chart lives on: the overview, the page of the company it is about, or of the company its figures are. */
export function chartHref(ds: Pick<Dataset, 'figures'>, view: View): string {
  const entry = chartEntry(view.chart);
  if (entry.overview) return '/';
  const entity = view.options.company ?? (entry.figures?.[0] && findFigure(ds, entry.figures[0])?.entity);
  return `/companies/${entity}`;
}

/**
 * A view's own address: the overview with its view in the query for the chart its controls drive, or the
 * chart's anchor on its page (with its day, for a view as of one). It names its year even when it is the
 * newest: the newest moves with the data, and a permalink must keep its meaning.
 */
export function chartPermalink(ds: Pick<Dataset, 'figures'>, view: View): string {
  if (chartEntry(view.chart).overview === 'main') return `/${viewQuery(view)}`;
  const day = view.options.asof ? `?asof=${view.options.asof}` : '';
  return `${chartHref(ds, view)}${day}#${chartSlug(view)}`;
}
