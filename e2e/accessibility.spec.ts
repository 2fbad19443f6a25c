import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './helpers';

const EMBEDS = ['/embed/capex-2025', '/embed/amazon-capex', '/embed/aws-revenue', '/embed/amazon-q4-2024'];
const ROUTES = [...PAGES, ...EMBEDS, '/companies/not-a-company'];

test.describe('accessibility: axe finds nothing, of any impact', () => {
  for (const route of ROUTES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${route} in ${colorScheme}`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(route);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
        await context.close();
      });
    }
  }
});

test.describe('keyboard and text alternatives', () => {
  test('a keyboard-only walk of the overview reaches every bar and opens its citations', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html[data-cards="ready"]')).toHaveCount(1);
    const bars = await page.locator('#capex-2025 .chart-row:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-figure-id')!));
    expect(bars).toHaveLength(5);
    const opened = new Set<string>();
    for (let presses = 0; presses < 120 && opened.size < bars.length; presses++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-figure-id') ?? null);
      if (!id || !bars.includes(id) || opened.has(id)) continue;
      await page.keyboard.press('Enter');
      const card = page.getByRole('dialog');
      await expect(card).toBeVisible();
      await expect(card.locator('blockquote').first()).toContainText(/\w{4,}/);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      opened.add(id);
    }
    expect([...opened].sort()).toEqual([...bars].sort());
  });

  for (const path of ['/', '/companies/amazon', '/embed/amazon-q4-2024']) {
    test(`every chart on ${path} has an accessible name and a text alternative stating its numbers`, async ({ page }) => {
      await page.goto(path);
      const charts = page.locator('.chart-svg:visible > svg');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const svg of await charts.all()) {
        const name = await svg.evaluate((s) => s.querySelector(':scope > title')?.textContent ?? '');
        const desc = await svg.evaluate((s) => s.querySelector(':scope > desc')?.textContent ?? '');
        expect(name.length).toBeGreaterThan(5);
        const values = await svg.locator('.chart-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')!));
        expect(values.length).toBeGreaterThan(0);
        for (const label of values) {
          const value = label.match(/: (.+)\. Show sources\.$/)![1]!;
          expect(desc, `${name} states ${value}`).toContain(value);
        }
      }
    });
  }
});
