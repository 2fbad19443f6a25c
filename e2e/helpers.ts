import { expect, type Page } from '@playwright/test';
import { PRIMARY_SLUGS } from '../lib/dataset/slugs';

export const COMPANIES = PRIMARY_SLUGS;

export const PAGES = ['/', ...COMPANIES.map((c) => `/companies/${c}`), '/sources', '/methodology', '/changelog'] as const;

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
