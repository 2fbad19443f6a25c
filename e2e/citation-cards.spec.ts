import { expect, test, type Page, type Route } from '@playwright/test';
import { CHART_PAGES, PLANS_BLOCK, PLANS_SLUG, openFirstPlans } from './helpers';

/**
 * Pages ship without their citation cards: each card is a static fragment,
 * fetched the first time its bar is opened. These tests hold the loading to
 * what a reader sees: the right card, once, never a stale one, and a clear
 * message when it cannot be fetched.
 */
const BLOCK = PLANS_BLOCK;
const bar = (page: Page, entity: string) => page.locator(`${BLOCK} .chart-row:visible[data-entity="${entity}"]`);

/** Holds back one card's response until release() is called. */
async function holdCard(page: Page, figureId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const wasRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(`**/charts/cards/${figureId}.html`, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, wasRequested };
}

// The overview as of the articles' day: its bars are the first plans, whose cards these tests name.
test.beforeEach(async ({ page }) => {
  await openFirstPlans(page);
});

test('a page carries no cards until a bar is opened, then fetches that card once', async ({ page, request }) => {
  for (const path of CHART_PAGES) {
    const html = await (await request.get(path)).text();
    expect(html, `${path} ships without cards`).not.toContain('data-card-for=');
  }
  const fetched: string[] = [];
  page.on('request', (r) => r.url().includes('/charts/cards/') && fetched.push(new URL(r.url()).pathname));
  await expect(page.locator('.citation-card')).toHaveCount(0);

  await bar(page, 'meta').locator('rect').nth(1).hover();
  await expect(page.locator('#card-meta-capex-2025')).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.locator('#card-meta-capex-2025')).toBeHidden();
  await bar(page, 'meta').locator('rect').nth(1).hover();
  await expect(page.locator('#card-meta-capex-2025')).toBeVisible();
  expect(fetched).toEqual(['/charts/cards/meta-capex-2025.html']);
});

test('every bar on every chart page has its card, served without a redirect', async ({ page, request }) => {
  const ids = new Set<string>();
  for (const path of CHART_PAGES) {
    const html = await (await request.get(path)).text();
    for (const m of html.matchAll(/class="chart-row" data-figure-id="([a-z0-9-]+)"/g)) ids.add(m[1]!);
  }
  expect(ids.size).toBeGreaterThanOrEqual(10);
  for (const id of ids) {
    const res = await request.get(`/charts/cards/${id}.html`, { maxRedirects: 0 });
    expect(res.status(), id).toBe(200);
    const body = await res.text();
    expect(body, id).toContain(`id="card-${id}"`);
    // Its evidence: the article’s sentence, the reports that carry the statement, or the formula that computes it.
    expect(body, id).toMatch(/<blockquote|Reported by |Formula:/);
  }
  await page.close();
});

test('a card that arrives after the reader has moved to another bar is not shown', async ({ page }) => {
  const meta = await holdCard(page, 'meta-capex-2025');
  await bar(page, 'meta').locator('rect').nth(1).hover();
  await meta.wasRequested;
  await bar(page, 'alphabet').locator('rect').nth(1).hover();
  await expect(page.locator('#card-alphabet-capex-2025')).toBeVisible();
  const arrived = page.waitForResponse('**/charts/cards/meta-capex-2025.html');
  meta.release();
  await arrived;
  await expect(page.locator('#card-meta-capex-2025')).toBeAttached();
  await expect(page.locator('#card-meta-capex-2025')).toBeHidden();
  await expect(page.locator('#card-alphabet-capex-2025')).toBeVisible();
  await expect(page.locator('.citation-card:visible')).toHaveCount(1);
});

test('Enter on a bar whose card is still loading opens it pinned, with focus in it, when it arrives', async ({
  page,
}) => {
  const amazon = await holdCard(page, 'amazon-capex-2025-plan');
  await bar(page, 'amazon').focus();
  await amazon.wasRequested;
  await page.keyboard.press('Enter');
  await expect(bar(page, 'amazon')).toHaveAttribute('aria-busy', 'true');
  amazon.release();
  const card = page.locator('#card-amazon-capex-2025-plan');
  await expect(card).toBeFocused();
  await expect(bar(page, 'amazon')).toHaveAttribute('aria-expanded', 'true');
  await expect(bar(page, 'amazon')).not.toHaveAttribute('aria-busy', /.*/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(bar(page, 'amazon')).toBeFocused();
});

test('Escape while a card is loading cancels it', async ({ page }) => {
  const meta = await holdCard(page, 'meta-capex-2025');
  await bar(page, 'meta').focus();
  await page.keyboard.press('Enter');
  await meta.wasRequested;
  await page.keyboard.press('Escape');
  const arrived = page.waitForResponse('**/charts/cards/meta-capex-2025.html');
  meta.release();
  await arrived;
  await expect(page.locator('#card-meta-capex-2025')).toBeAttached();
  await expect(page.locator('#card-meta-capex-2025')).toBeHidden();
  await expect(bar(page, 'meta')).toHaveAttribute('aria-expanded', 'false');
});

test('a card that cannot be fetched says so, and opening the bar again fetches it', async ({ page }) => {
  await page.route('**/charts/cards/alphabet-capex-2025.html', (route) => route.abort('internetdisconnected'));
  await bar(page, 'alphabet').locator('rect').nth(1).click();
  const problem = page.getByRole('dialog', { name: 'The sources of this figure could not be loaded' });
  await expect(problem).toBeVisible();
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Check your connection');
  await problem.getByRole('button', { name: 'Close' }).click();
  await expect(problem).toBeHidden();
  await expect(bar(page, 'alphabet')).toBeFocused();

  await page.unroute('**/charts/cards/alphabet-capex-2025.html');
  await bar(page, 'alphabet').locator('rect').nth(1).click();
  await expect(page.locator('#card-alphabet-capex-2025')).toBeVisible();
  await expect(problem).toBeHidden();
});

test('cards open on an embed too, inside the frame', async ({ page }) => {
  await openFirstPlans(page, `/embed/${PLANS_SLUG}`);
  await page.locator('.chart-row:visible[data-entity="microsoft"]').click();
  const card = page.locator('#card-microsoft-capex-fy2025');
  await expect(card).toBeFocused();
  await expect(card).toContainText('fiscal year, not calendar');
});
