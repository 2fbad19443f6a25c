/**
 * What outside validators found (issue 13), each as the reader, crawler or
 * client it affected sees it. The server's cases are in http.spec.ts and the
 * markup's in markup.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { latestPlanYear, plansOf } from '@/server/data';
import { formatValueShort } from '../lib/money/format';
import { PAGES, PLANS_BLOCK, PLANS_SLUG, dataset } from './helpers';

/** A company whose newest plan is approximate: its value is written "~$200B" and spoken "about $200B". */
const APPROXIMATE = plansOf(latestPlanYear()).find((p) => p.figure.qualifier === 'approximate')!;
const WRITTEN = formatValueShort(APPROXIMATE.figure.value, APPROXIMATE.figure.qualifier);
const SPOKEN = WRITTEN.replace('~', 'about ');
const SLUG = APPROXIMATE.entity.slug;

const EMBEDS = [
  `/embed/${PLANS_SLUG}`,
  '/embed/amazon-capex',
  '/embed/aws-revenue',
  '/embed/amazon-q4-2024',
  `/embed/v/${dataset.meta.version}/${PLANS_SLUG}`,
];

test.describe('what readers, crawlers and clients see', () => {
  test('a screen reader hears "about $200B" for "~$200B": the spoken form is text, not a label a paragraph cannot have', async ({
    page,
  }) => {
    await page.goto(`/companies/${SLUG}`);
    // Today's headline: the page also holds those of earlier days, hidden, for a view as of one.
    const headline = page.locator('#headline p.num:visible');
    await expect(headline).toHaveText(`${SPOKEN}${WRITTEN}`);
    // The accessibility tree has the words and not the symbol.
    const tree = await headline.ariaSnapshot();
    expect(tree).toContain(SPOKEN);
    expect(tree).not.toContain(WRITTEN);
    const entry = page.locator(`#${APPROXIMATE.figure.id} header p.num`);
    expect(await entry.ariaSnapshot()).toContain(SPOKEN);
    await page.goto('/');
    expect(await page.locator(`a[href="/companies/${SLUG}"] .num:visible`).first().ariaSnapshot()).toContain(SPOKEN);
  });

  test('an opened citation card is named by its company and the spoken value', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html[data-cards="ready"]')).toHaveCount(1);
    await page.locator(`${PLANS_BLOCK} .chart-row:visible[data-entity="${SLUG}"]`).click();
    await expect(page.getByRole('dialog', { name: `${APPROXIMATE.entity.name}: ${SPOKEN}` })).toBeVisible();
  });

  test('every link and button says in its accessible name the words it shows (label in name, WCAG 2.5.3)', async ({
    page,
  }) => {
    for (const path of ['/', '/companies/amazon', ...EMBEDS.slice(0, 1)]) {
      await page.goto(path);
      const mismatches = await page
        .locator('a[aria-label], button[aria-label], summary[aria-label]')
        .evaluateAll((els) =>
          els
            .map((el) => ({
              name: el.getAttribute('aria-label') ?? '',
              text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            }))
            .filter(({ name, text }) => text && !name.toLowerCase().includes(text.toLowerCase()))
            .map(({ name, text }) => `"${text}" is not in "${name}"`),
        );
      expect(mismatches, path).toEqual([]);
    }
  });

  test('a crawler reads each embed’s description with one "Sources:" and each page title within 60 characters', async ({
    request,
  }) => {
    for (const path of EMBEDS) {
      const html = await (await request.get(path)).text();
      const description = html.match(/<meta name="description" content="([^"]*)"/)![1]!;
      expect(description, path).toMatch(/Sources?: /);
      expect(description, path).not.toMatch(/Sources?: Sources?:/);
    }
    for (const path of PAGES) {
      const title = (await (await request.get(path)).text())
        .match(/<head>[\s\S]*?<title>([^<]*)<\/title>/)![1]!
        // As a browser shows it: "&gt;" is one character.
        .replace(/&(gt|lt|amp|quot|#x27);/g, '_');
      expect(title.length, `${path}: “${title}”`).toBeLessThanOrEqual(60);
    }
  });

  test('an embed’s links open a new tab, from its head’s <base target="_blank">', async ({ page, context }) => {
    await page.goto('/embed/aws-revenue');
    expect(await page.evaluate(() => document.head.querySelector('base')?.target)).toBe('_blank');
    expect(await page.evaluate(() => document.body.querySelector('base'))).toBeNull();
    const opened = context.waitForEvent('page');
    await page.locator('a[data-full-view]').click();
    expect(new URL((await opened).url()).pathname).toBe('/companies/amazon');
  });

  test('an HTTPS client is told to stay on HTTPS, and other sites may load only what is meant for them', async ({
    request,
  }) => {
    const page = (await request.get('/companies/amazon')).headers();
    expect(page['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(page['cross-origin-resource-policy']).toBe('same-origin');
    for (const path of [
      `/embed/${PLANS_SLUG}`,
      '/og/overview.png',
      '/data/figures.csv',
      '/charts/aws-revenue/1920x1080-light.png',
    ]) {
      expect((await request.get(path)).headers()['cross-origin-resource-policy'], path).toBe('cross-origin');
    }
  });
});
