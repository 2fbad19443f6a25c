import { expect, type Page } from '@playwright/test';
import type { ChartId } from '../lib/charts/model/chart-ids';
import { chartSlug } from '../lib/charts/model/keys';
import { viewFor } from '../lib/charts/model/registry';
import { buildChartSpec } from '../lib/charts/model/spec';
import type { View, ViewChoices } from '../lib/url/view';
import { getDataset, latestPlanYear, plansOf, primaryEntities } from '@/server/data';
import { embedViews } from '../lib/embeds/embed-views';
import { pageCharts } from '../lib/charts/model/page-charts';

/**
 * The dataset the site under test was built from (data/, or DATASET_DIR for a synthetic build): every
 * expectation about which companies and years there are derives from it, so adding a company is a data change.
 */
export const dataset = getDataset();

/** The compared companies' slugs, in display order. */
export const COMPANIES = primaryEntities().map((e) => e.slug);

/** The companies in the newest year's plans chart, in display order: the rows of the overview's chart. */
export const PLANNERS = plansOf(latestPlanYear()).map((p) => p.entity.slug);

/** A view's permalink, as Copy link, citations and printed pages give it: naming the newest year, which moves with the data. */
export const permalink = (query = '') => `/?year=${latestPlanYear()}${query ? `&${query}` : ''}`;

/** The plans chart's newest edition, as its anchor, block id and embed path name it: "capex-2025". */
export const PLANS_SLUG = chartSlug(viewFor(dataset, 'capex', { year: latestPlanYear() }));

/** A chart's view in the dataset under test, its options at their defaults unless chosen. */
export const viewOf = (chart: ChartId, choices: ViewChoices = {}): View => viewFor(dataset, chart, choices);

/** The spec of a chart's view in the dataset under test: what the page, its files and its citation show. */
export const specOf = (chart: ChartId, choices: ViewChoices = {}) => buildChartSpec(dataset, viewOf(chart, choices));
/**
 * The day the archived articles ran: the overview as of that day is release 1.x's, its plans quoted from the
 * articles (Meta's range, Microsoft's fiscal year, Stargate's yearly average, Amazon's disputed plan).
 */
export const ARTICLES_DAY = dataset.sources
  .filter((s) => s.kind === 'article')
  .map((s) => s.published)
  .sort()
  .at(-1)!;

/** Opens the overview as it stood on the articles' day, its chart drawn and its cards ready. */
export async function openFirstPlans(page: Page, path = '/'): Promise<void> {
  await page.goto(`${path}?asof=${ARTICLES_DAY}`);
  await expect(page.locator(`.chart-variant:visible[data-view-key*="asof-${ARTICLES_DAY}"]`).first()).toBeVisible();
  await expect(page.locator('html[data-cards="ready"]')).toHaveCount(1);
}

/** One embed of each chart, its first edition and company: the others are the same page drawing other data. */
export const EMBED_SAMPLES = embedViews(dataset).filter(
  (view, i, all) => all.findIndex((v) => v.chart === view.chart) === i,
);

/** The overview's (and each company page's) plans chart block. */
export const PLANS_BLOCK = `#${PLANS_SLUG}`;

export const PAGES = [
  '/',
  ...COMPANIES.map((c) => `/companies/${c}`),
  '/sources',
  '/methodology',
  '/changelog',
] as const;

/**
 * Company pages are one template: one page for each set of charts a company's page shows is every kind of company
 * page (each chart's markup is the same components wherever it is drawn). Checks of a page's template run on these.
 */
export const COMPANY_PAGE_KINDS: readonly string[] = [
  ...new Map(
    COMPANIES.map((slug) => [
      pageCharts(dataset, slug)
        .map((v) => `${v.chart}:${v.edition}`)
        .join(' '),
      `/companies/${slug}`,
    ]),
  ).values(),
];
/** Every kind of page: the site's pages, with one company page of each kind. */
export const PAGE_KINDS = PAGES.filter((path) => !path.startsWith('/companies/') || COMPANY_PAGE_KINDS.includes(path));

/** Pages with charts, and how many chart rows (bars) their HTML holds across variants and sizes. */
export const CHART_PAGES = ['/', ...COMPANIES.map((c) => `/companies/${c}`)] as const;
/** The rows of a chart block as shown now (the visible variant, the visible size). */
export function visibleRows(page: Page, block: string) {
  return page.locator(`${block} .chart-row:visible`);
}

export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page is wider than the viewport').toBeLessThanOrEqual(clientWidth);
}

/** The edge host (npm run edge: the worker in workerd, in front of the same out/), as playwright.config.ts starts it. */
export const EDGE_URL = `http://127.0.0.1:${process.env.E2E_EDGE_PORT ?? 3200}`;
