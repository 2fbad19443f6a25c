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
