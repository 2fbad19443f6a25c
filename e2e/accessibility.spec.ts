import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chartSlug } from '../lib/charts/model/keys';
import { EMBED_SAMPLES, PAGE_KINDS, PLANS_BLOCK, PLANS_SLUG, dataset } from './helpers';

/** An embed (each chart's markup is on the pages above; the embed's own is the same for all), and a pinned one. */
const EMBEDS = [
  ...EMBED_SAMPLES.slice(0, 1).map((v) => `/embed/${chartSlug(v)}`),
  `/embed/v/${dataset.meta.version}/${PLANS_SLUG}`,
];
/** Every kind of page (one company page per set of charts: e2e/helpers.ts), an embed, a pinned one, the 404. */
const ROUTES = [...PAGE_KINDS, ...EMBEDS, '/companies/not-a-company'];

/** An axe violation in a line: impact, rule, help and the first three elements it names. */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
const describeViolation = (v: Violation) =>
  `${v.impact} ${v.id}: ${v.help} (${v.nodes
    .map((n) => n.target.join(' '))
    .slice(0, 3)
    .join(' | ')})`;

/**
 * The rules whose outcome can differ between the light and the dark theme: the page's markup, names and roles
 * are the same in both, its colours are not.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('accessibility: axe finds nothing, of any impact', () => {
  for (const route of ROUTES) {
    test(`${route} in light, and its colours in dark`, async ({ page }) => {
      // A company page holds every figure and chart of two years: two scans of it take a while on two cores.
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      const light = await new AxeBuilder({ page }).analyze();
      expect(light.violations.map(describeViolation)).toEqual([]);
      // The parts below the fold (content-visibility: auto) keep the styles they were last drawn with until they
      // are drawn again: they are drawn before the theme switches, so that axe reads them in dark.
      await page.addStyleTag({ content: '.below-fold { content-visibility: visible !important }' });
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
      expect(dark.violations.map(describeViolation), 'in dark').toEqual([]);
    });
  }
});

test.describe('accessibility of a view drawn in the browser', () => {
  {
    test('a composed view with its Download menu and its citation open, in light, and its colours in dark', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.goto('/?companies=amazon,meta&highlight=meta');
      await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
        'data-view-key',
        /--only-amazon-meta$/,
        { timeout: 15_000 },
      );
      const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
      const scan = async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        const light = await new AxeBuilder({ page }).include(PLANS_BLOCK).analyze();
        expect(light.violations.map(describeViolation)).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await new AxeBuilder({ page }).include(PLANS_BLOCK).withRules(COLOUR_RULES).analyze();
        expect(dark.violations.map(describeViolation), 'in dark').toEqual([]);
      };
      // One menu opens at a time: each is scanned open.
      await actions.locator('summary', { hasText: 'Cite' }).click();
      await expect(actions.locator('[data-cite-style="apa"]')).toBeVisible({ timeout: 15_000 });
      await scan();
      await actions.locator('summary', { hasText: 'Download' }).click();
      await expect(actions.getByRole('button', { name: 'PNG · 1920×1080 · light' })).toBeVisible();
      await scan();
    });
  }
});

test.describe('keyboard and text alternatives', () => {
  for (const path of [
    '/',
    '/companies/amazon',
    '/embed/amazon-q4-2024',
    '/?companies=microsoft,stargate&basis=total',
  ]) {
    test(`every chart on ${path} has an accessible name and a text alternative stating its numbers`, async ({
      page,
    }) => {
      await page.goto(path);
      if (path.includes('companies='))
        await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
          'data-view-key',
          /--only-/,
          { timeout: 15_000 },
        );
      const charts = page.locator('.chart-svg:visible > svg');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const svg of await charts.all()) {
        const name = await svg.evaluate((s) => s.querySelector(':scope > title')?.textContent ?? '');
        const desc = await svg.evaluate((s) => s.querySelector(':scope > desc')?.textContent ?? '');
        expect(name.length).toBeGreaterThan(5);
        const values = await svg
          .locator('.chart-row')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')!));
        expect(values.length).toBeGreaterThan(0);
        for (const label of values) {
          const value = label.match(/: (.+)\. Show sources\.$/)![1]!;
          expect(desc, `${name} states ${value}`).toContain(value);
        }
      }
    });
  }
});
