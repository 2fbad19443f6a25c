import { expect, test, type Page } from '@playwright/test';
import { latestPlanYear } from '@/server/data';
import {
  COMPANIES,
  COMPANY_PAGE_KINDS,
  PAGES,
  PAGE_KINDS,
  PLANNERS,
  PLANS_BLOCK,
  openFirstPlans,
  permalink,
} from './helpers';

const BLOCK = PLANS_BLOCK;

async function ready(page: Page) {
  await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(1);
}

function shownEntities(page: Page) {
  return page
    .locator(`${BLOCK} .chart-variant:visible .chart-svg:visible .chart-row-group`)
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-entity')));
}

test.describe('overview permalinks', () => {
  test('a permalink with state restores the view, survives a reload, and Back/Forward step through choices', async ({
    page,
  }) => {
    await page.goto('/?companies=amazon,meta&basis=total&highlight=meta&view=table');
    await ready(page);
    const block = page.locator(BLOCK);
    await expect(block.getByRole('radio', { name: 'Total commitment' })).toBeChecked();
    await expect(block.getByRole('radio', { name: 'Table' })).toBeChecked();
    await expect(block.locator('table:visible tbody tr[data-line="row"]')).toHaveCount(2);
    await expect(block.locator('[data-notice]')).toHaveCount(0);

    await page.reload();
    await ready(page);
    await expect(block.locator('table:visible tbody tr[data-line="row"]')).toHaveCount(2);
    await block.getByRole('radio', { name: 'Chart' }).check();
    await expect(page).toHaveURL(/\/\?companies=amazon,meta&basis=total&highlight=meta$/);
    expect(await shownEntities(page)).toEqual(['amazon', 'meta']);
    await expect(block.locator('.chart-row-group:visible[data-entity="amazon"]')).toHaveAttribute(
      'data-dimmed',
      'true',
    );
    await expect(block.locator('.chart-row-group:visible[data-entity="meta"]')).not.toHaveAttribute(
      'data-dimmed',
      /.*/,
    );

    await block.getByRole('radio', { name: 'Per year (average)' }).check();
    await expect(page).toHaveURL(/\/\?companies=amazon,meta&highlight=meta$/);

    await page.goBack();
    await expect(page).toHaveURL(/basis=total&highlight=meta$/);
    await expect(block.getByRole('radio', { name: 'Total commitment' })).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/view=table$/);
    await expect(block.locator('table:visible')).toBeVisible();
    await page.goForward();
    await expect(block.locator('.chart-canvas:visible')).toHaveCount(1);
  });

  test('a switch flipped before the scripts arrive is kept when they do, and written to the URL', async ({ page }) => {
    // Hold the page script until the reader has picked; the switches are radios that work without it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/js/page-*.js', async (route) => {
      await released;
      await route.continue();
    });
    // The held module script also holds the load event: wait for the HTML only.
    await page.goto('/', { waitUntil: 'commit' });
    const block = page.locator(BLOCK);
    await block.getByRole('radio', { name: 'Total commitment' }).check();
    await block.getByRole('radio', { name: 'Table' }).check();
    await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(0);
    release();
    await ready(page);
    await expect(page).toHaveURL(/\/\?basis=total&view=table$/);
    await expect(block.getByRole('radio', { name: 'Total commitment' })).toBeChecked();
    await expect(block.locator('table:visible')).toBeVisible();
    await expect(block.locator('[data-notice]')).toHaveCount(0);
  });

  test('choosing companies and a highlight updates the URL without a reload, and Back undoes it', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.evaluate(() => Reflect.set(window, 'marker', 1));
    const block = page.locator(BLOCK);
    await block.getByRole('checkbox', { name: 'Microsoft' }).uncheck();
    const rest = PLANNERS.filter((s) => s !== 'microsoft');
    await expect(page).toHaveURL(new RegExp(`/\\?companies=${rest.join(',')}$`));
    await expect.poll(() => shownEntities(page)).toEqual(rest);
    await block.getByRole('combobox', { name: 'Highlight' }).selectOption('alphabet');
    await expect(page).toHaveURL(new RegExp(`companies=${rest.join(',')}&highlight=alphabet$`));
    await expect(block.locator('.chart-row-group:visible[data-entity="meta"]')).toHaveAttribute('data-dimmed', 'true');
    // The heading names the highlighted view, as its exports and citation do.
    await expect(block.getByRole('heading', { level: 2 }).first()).toHaveText(
      `Alphabet among the ${latestPlanYear()} AI spending plans`,
    );
    expect(await page.evaluate(() => Reflect.get(window, 'marker') as unknown), 'no reload').toBe(1);

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(() => shownEntities(page)).toEqual([...COMPANIES]);
    await expect(block.getByRole('heading', { level: 2 }).first()).toHaveText(
      `AI capital spending plans for ${latestPlanYear()}`,
    );
  });
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the canonical URL of a company page, and confirms it', async ({ page }) => {
    await page.goto('/companies/meta');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/companies\/meta$/);
    const button = page.getByRole('button', { name: 'Copy link to this page' });
    await button.click();
    await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test("copies a figure's permalink from its citation card", async ({ page }) => {
    await openFirstPlans(page);
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    await page.locator(`${BLOCK} .chart-row:visible[data-entity="meta"] rect`).nth(1).click();
    const card = page.locator('#card-meta-capex-2025');
    await card.getByRole('button', { name: 'Copy link' }).click();
    await expect(card.getByRole('button', { name: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/companies/meta#meta-capex-2025`);
  });

  test('copies the overview with its current state', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.getByRole('radio', { name: 'Total commitment' }).check();
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(permalink('basis=total'), canonical).href,
    );
  });
});

test.describe('link previews', () => {
  for (const path of PAGE_KINDS) {
    test(`${path} has a title, a description and a canonical link`, async ({ page }) => {
      await page.goto(path);
      expect((await page.title()).length).toBeGreaterThan(10);
      expect((await page.locator('meta[name="description"]').getAttribute('content'))!.length).toBeGreaterThan(50);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(path);
    });
  }

  for (const path of ['/', ...COMPANY_PAGE_KINDS]) {
    test(`${path} previews with a 1200×630 PNG of its chart`, async ({ page, request }) => {
      await page.goto(path);
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      const res = await request.get(new URL(image).pathname);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  test('sitemap.xml lists every page and robots.txt points to it; there is a favicon', async ({ request, page }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const path of PAGES) expect(sitemap).toContain(`${path === '/' ? '/' : path}</loc>`);
    expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
    await page.goto('/');
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect((await request.get(icon!)).status()).toBe(200);
  });
});

test.describe('figure anchors', () => {
  test('a #figure-id link scrolls to its figure and highlights it', async ({ page }) => {
    await page.goto('/companies/amazon#aws-revenue-2023');
    const figure = page.locator('#aws-revenue-2023');
    await expect(figure).toBeInViewport();
    const shadow = await figure.evaluate((el) => getComputedStyle(el).boxShadow);
    expect(shadow).not.toBe('none');
    const other = await page.locator('#aws-revenue-2024').evaluate((el) => getComputedStyle(el).boxShadow);
    expect(other).toBe('none');
  });
});
