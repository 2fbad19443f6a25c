import { expect, type Page } from '@playwright/test';
import { chartSlug } from '../lib/charts/model/keys';
import { getDataset, latestPlanYear, plansOf, primaryEntities } from '../lib/data';

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
export const PLANS_SLUG = chartSlug('capex', { year: latestPlanYear() });
/** The overview's (and each company page's) plans chart block. */
export const PLANS_BLOCK = `#${PLANS_SLUG}`;

export const PAGES = [
  '/',
  ...COMPANIES.map((c) => `/companies/${c}`),
  '/sources',
  '/methodology',
  '/changelog',
] as const;

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
