import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { siteName } from '../lib/dataset/query';
import type { CslItem } from '../lib/citations/items';
import { citeprocApa } from '../lib/citations/testing/citeproc-apa';
import { PLANS_BLOCK, PLANS_SLUG, dataset, specOf } from './helpers';

/**
 * "Cite" on every chart (its page and its embed) and every figure: APA, Chicago and BibTeX
 * to copy, and a CSL-JSON file, each naming the view's permalink, the dataset's version
 * and as-of date, and the day the reader accessed it, which only their browser knows:
 * the clock is set to a day no build could have printed.
 */
const { meta } = dataset;
/** The release's date as a US reference style prints it: "February 7, 2025". */
const asOfInCitations = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${meta.asOf}T00:00:00Z`),
);
const TODAY = new Date(2031, 2, 9, 10, 0, 0);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

async function siteOrigin(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

/** Opens the Cite panel in `scope` and checks each style against the others and against citeproc-js. */
async function checkCitation(page: Page, scope: Locator, permalink: string): Promise<CslItem[]> {
  await scope.locator('details[data-action="cite"] > summary').click();
  const panel = scope.locator('.cite-panel');
  await expect(panel).toBeVisible();
  const apa = ((await panel.locator('[data-cite-style="apa"] .cite-text').textContent()) ?? '').trim();
  const chicago = ((await panel.locator('[data-cite-style="chicago"] .cite-text').textContent()) ?? '').trim();
  const bibtex = ((await panel.locator('.cite-bibtex').textContent()) ?? '').trim();

  expect(apa).toContain(`Retrieved March 9, 2031, from ${permalink}`);
  expect(chicago).toContain('Accessed March 9, 2031.');
  for (const text of [apa, chicago]) {
    expect(text).toContain(siteName(dataset));
    expect(text).toContain(`dataset version ${meta.version}, data as of ${asOfInCitations}`);
  }

  const library = parseBibtex(bibtex);
  expect(library.errors).toEqual([]);
  expect(library.entries[0]!.fields.url).toBe(permalink);
  expect(library.entries[0]!.fields.note).toContain('2031-03-09');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Download CSL-JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^aicapex-.+\.json$/);
  const items = JSON.parse(readFileSync(await download.path(), 'utf8')) as CslItem[];
  for (const item of items) expect(item.accessed).toEqual({ 'date-parts': [[2031, 3, 9]] });
  expect(items[0]!.URL).toBe(permalink);
  // What a reader's reference manager prints from the file is what the page shows.
  expect(citeprocApa(items)).toBe(apa);
  return items;
}

test('the overview chart’s Cite gives APA, Chicago, BibTeX and CSL-JSON for the view shown, dated today', async ({
  page,
}) => {
  await page.goto('/');
  const origin = await siteOrigin(page);
  const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
  const items = await checkCitation(
    page,
    actions,
    `${origin}${specOf('capex', { basis: 'per-year', highlight: null }).permalink}`,
  );
  expect(items).toHaveLength(1);
});

test('a highlighted, total-commitment view cites its own title and permalink', async ({ page }) => {
  await page.goto('/?basis=total&highlight=meta');
  const origin = await siteOrigin(page);
  const spec = specOf('capex', { basis: 'total', highlight: 'meta' });
  const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
  await checkCitation(page, actions, `${origin}${spec.permalink}`);
  await expect(actions.locator('[data-cite-style="apa"]')).toContainText(spec.title);
});

test('a figure’s Cite names the figure and every article it rests on', async ({ page }) => {
  await page.goto('/companies/amazon');
  const origin = await siteOrigin(page);
  const entry = page.locator('article#amazon-capex-2025-plan');
  const items = await checkCitation(page, entry, `${origin}/companies/amazon#amazon-capex-2025-plan`);
  const publishers = await entry.locator('[data-citation] figcaption a').allTextContents();
  expect(items.length).toBe(1 + new Set(publishers).size);
  for (const p of publishers) await expect(entry.locator('[data-cite-style="apa"]')).toContainText(p);
});

test('the card a bar opens has the figure’s Cite, dated today', async ({ page }) => {
  await page.goto('/');
  const origin = await siteOrigin(page);
  await page.locator(`${PLANS_BLOCK} .chart-row:visible[data-entity="meta"] rect`).nth(1).click();
  const card = page.locator('.citation-card:visible');
  await expect(card).toBeVisible();
  const figureId = await card.getAttribute('data-card-for');
  await checkCitation(page, card, `${origin}/companies/meta#${figureId}`);
});

test.describe('in an embed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Cite follows the embed’s view, and Copy APA puts the citation on the clipboard', async ({ page }) => {
    await page.goto(`/embed/${PLANS_SLUG}?highlight=alphabet`);
    const origin = await siteOrigin(page);
    const spec = specOf('capex', { basis: 'per-year', highlight: 'alphabet' });
    const actions = page.locator('.chart-variant-actions:visible');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
    await checkCitation(page, actions, `${origin}${spec.permalink}`);
    await actions.getByRole('button', { name: 'Copy APA' }).click();
    await expect(actions.getByRole('button', { name: 'Citation copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Retrieved March 9, 2031');
    expect(copied).toBe(((await actions.locator('[data-cite-style="apa"] .cite-text').textContent()) ?? '').trim());
  });
});
