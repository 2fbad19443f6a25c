import { expect, test } from '@playwright/test';
import { getSource, latestPlanYear, plansOf } from '@/server/data';
import { yearsSpanned } from '../lib/dataset/plans';
import { formatValueShort } from '../lib/money/format';
import { PLANS_BLOCK } from './helpers';

/** Each company in the newest year's plans: its name, its value as the page prints it, and the opening of the sentence that reports it. */
const PLANS = plansOf(latestPlanYear()).map(({ entity, figure }) => ({
  slug: entity.slug,
  name: entity.name,
  value: formatValueShort(figure.value, figure.qualifier),
  // Its evidence as the card shows it: the article's sentence where one is archived, else who reported it.
  evidence: ((c) => (c?.quote ? c.quote.slice(0, 40) : `Reported by ${getSource(c!.source).publisher}`))(
    figure.citations.find((c) => c.role === 'states-value'),
  ),
  multiYear: yearsSpanned(figure) > 1,
}));

test.describe('overview', () => {
  for (const e of PLANS) {
    test(`shows ${e.name}'s newest plan, and its card gives its evidence`, async ({ page }) => {
      await page.goto('/');
      const card = page.locator(`li[data-entity="${e.slug}"]`);
      await expect(card).toContainText(e.name);
      await expect(card).toContainText(e.value);
      // A plan over several years is drawn per year by default; its total is the figure the article prints.
      if (e.multiYear) await page.getByRole('radio', { name: 'Total commitment' }).check();
      // Bars open cards once the page's script is running (it loads after the first paint).
      await expect(page.locator('html[data-cards="ready"]')).toHaveCount(1);
      await page.locator(`${PLANS_BLOCK} .chart-row:visible[data-entity="${e.slug}"] rect`).nth(1).hover();
      await expect(page.locator('.citation-card:visible', { hasText: e.evidence })).toBeVisible();
    });
  }

  test('links the four data downloads from the footer, and each serves the data', async ({ page, request }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    for (const file of ['figures.csv', 'citations.csv', 'sources.csv', 'dataset.json']) {
      const href = await footer.getByRole('link', { name: file }).getAttribute('href');
      expect(href).toBe(`/data/${file}`);
      const res = await request.get(href!);
      expect(res.status()).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(200);
    }
  });
});
