import { expect, test } from '@playwright/test';

const FIVE = [
  { slug: 'amazon', name: 'Amazon', value: '~$100B', quote: 'pour $100 billion into capital expenditures' },
  { slug: 'microsoft', name: 'Microsoft', value: '$80B', quote: '$80 billion for fiscal 2025' },
  { slug: 'alphabet', name: 'Alphabet', value: '$75B', quote: '$75 billion capital expenditure plan for 2025' },
  { slug: 'meta', name: 'Meta', value: '$60–65B', quote: 'between $60 billion and $65 billion' },
  { slug: 'stargate', name: 'Stargate', value: '$500B', quote: 'a planned $500 billion AI infrastructure project' },
];

test.describe('overview', () => {
  for (const e of FIVE) {
    test(`shows ${e.name}'s 2025 plan, and its card quotes the article`, async ({ page }) => {
      await page.goto('/');
      const card = page.locator(`li[data-entity="${e.slug}"]`);
      await expect(card).toContainText(e.name);
      await expect(card).toContainText(e.value);
      if (e.slug === 'stargate') await page.getByRole('radio', { name: 'Total commitment' }).check();
      // Bars open cards once the page's script is running (it loads after the first paint).
      await expect(page.locator('html[data-cards="ready"]')).toHaveCount(1);
      await page.locator(`#capex-2025 .chart-row:visible[data-entity="${e.slug}"] rect`).nth(1).hover();
      await expect(page.locator('.citation-card:visible blockquote', { hasText: e.quote })).toBeVisible();
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
