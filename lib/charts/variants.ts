/**
 * Which views of each chart the build draws, derived from the registry alone:
 * the views pages show and whose files are published, the deck, the link
 * previews and each page's chart list. Pure and free of the dataset, so tests
 * and scripts can list what the build makes. Any other view a URL describes
 * (a subset of the companies) is drawn on demand in the reader's browser.
 */
import { PRIMARY_SLUGS, type PrimarySlug } from '../dataset/slugs';
import { URL_PARAMS } from '../url/params';
import { chartKey } from './keys';
import { CHART_IDS, type ChartId, chartEntry, chartOptions, takes } from './registry';
import type { ChartOptions } from './spec';

export interface ChartVariant {
  id: ChartId;
  options: ChartOptions;
  key: string;
}

export function chartVariant(id: ChartId, given: Partial<ChartOptions> = {}): ChartVariant {
  const options = chartOptions(id, given);
  return { id, options, key: chartKey(id, options) };
}

/** The values of each switch a chart has: every basis, if it takes one. */
export function basesOf(id: ChartId): (ChartOptions['basis'])[] {
  return takes(id, 'basis') ? [...URL_PARAMS.basis.values] : [null];
}

/** No highlight, then each company's, if the chart takes a highlight. */
export function highlightsOf(id: ChartId): (PrimarySlug | null)[] {
  return takes(id, 'highlight') ? [null, ...PRIMARY_SLUGS] : [null];
}

/**
 * The baked views (lib/charts/keys.ts's isBakedView): each basis of a chart, plain and with each company
 * highlighted. Pages show these, and each has its parts and its files (images, PowerPoint, CSV, oEmbed)
 * published. Their number grows with the companies, linearly.
 */
export function chartVariants(id?: ChartId): ChartVariant[] {
  return (id ? [id] : CHART_IDS).flatMap((chart) =>
    basesOf(chart).flatMap((basis) => highlightsOf(chart).map((highlight) => chartVariant(chart, { basis, highlight }))),
  );
}

/** The deck of every chart: each chart once, in every basis, no company highlighted. */
export function deckVariants(): ChartVariant[] {
  return chartVariants().filter((v) => v.options.highlight === null);
}

/** A page of the site that shows charts. */
export type ChartPage = 'overview' | PrimarySlug;

/** The charts a page shows, in registry order, with the options the page fixes (a company page highlights its company). */
export function pageCharts(page: ChartPage): { id: ChartId; highlight: PrimarySlug | null }[] {
  return CHART_IDS.filter((id) => (page === 'overview' ? chartEntry(id).onOverview : (chartEntry(id).onCompanyPages as readonly string[]).includes(page))).map(
    (id) => ({ id, highlight: page !== 'overview' && takes(id, 'highlight') ? page : null }),
  );
}

/** Where a page's link preview (1200×630 PNG) lives. */
export function previewImagePath(page: ChartPage): string {
  return page === 'overview' ? '/og/overview.png' : `/og/companies/${page}.png`;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Each page's link preview shows that page's main chart: the registry's linkPreview chart, as the page shows it. */
export function linkPreviews(): { path: string; variant: ChartVariant }[] {
  const pages: ChartPage[] = ['overview', ...PRIMARY_SLUGS];
  return pages.flatMap((page) => {
    const chart = pageCharts(page).find((c) => chartEntry(c.id).linkPreview);
    return chart ? [{ path: previewImagePath(page), variant: chartVariant(chart.id, { highlight: chart.highlight }) }] : [];
  });
}
