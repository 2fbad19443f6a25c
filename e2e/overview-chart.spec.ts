import { expect, test } from '@playwright/test';
import { openFirstPlans, visibleRows, PLANS_BLOCK } from './helpers';

const BLOCK = PLANS_BLOCK;

// The overview as release 1.x showed it, reproduced by its as-of day: the first plans, each quoted from its article.
test.describe('overview chart, as of the articles’ day', () => {
  test.beforeEach(async ({ page }) => {
    await openFirstPlans(page);
  });

  test('the cards say what the bar is: Meta is a range, Microsoft a fiscal year, Stargate derived', async ({
    page,
  }) => {
    await page.locator(`${BLOCK} .chart-row:visible[data-entity="meta"] rect`).nth(1).hover();
    await expect(page.locator('#card-meta-capex-2025')).toContainText('Range: $60–65B');
    await page.locator(`${BLOCK} .chart-row:visible[data-entity="microsoft"] rect`).nth(1).hover();
    await expect(page.locator('#card-microsoft-capex-fy2025')).toContainText('fiscal year, not calendar');
    await page.locator(`${BLOCK} .chart-row:visible[data-entity="stargate"] rect`).nth(1).hover();
    const stargate = page.locator('#card-stargate-investment-per-year');
    await expect(stargate).toContainText('Formula: The $500B commitment spread evenly over its four years');
  });

  test('where sources disagree, the card says so and shows both readings', async ({ page }) => {
    await page.locator(`${BLOCK} .chart-row:visible[data-entity="amazon"] rect`).nth(1).hover();
    const card = page.locator('#card-amazon-capex-2025-plan');
    await expect(card).toContainText('Sources differ');
    await expect(card).toContainText('> $100B');
    await expect(card).toContainText('$105.2B');
    await expect(card).toContainText('Quartz');
    await expect(card.getByRole('link', { name: 'Anzali' }).first()).toHaveAttribute('href', '/sources#anzali');
  });

  test('each bar is reachable with Tab, opens with Enter, closes with Escape', async ({ page }) => {
    const rows = visibleRows(page, BLOCK);
    // Start from the last control above the chart: the share button.
    await page.locator(`${BLOCK} button[data-copy-query]`).focus();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      const row = rows.nth(i);
      await expect(row).toBeFocused();
      const id = await row.getAttribute('data-figure-id');
      const card = page.locator(`#card-${id}`);
      await expect(card, 'focus previews the card').toBeVisible();
      await expect(card.locator('blockquote').first()).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(card).toBeFocused();
      await expect(page.getByRole('dialog', { name: /\$/ })).toBeVisible();
      await expect(row).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      await expect(row).toBeFocused();
    }
  });

  test('a tap opens the card, and its close button closes it', async ({ page }) => {
    await page.locator(`${BLOCK} .chart-row:visible[data-entity="alphabet"] rect`).nth(1).click();
    const card = page.locator('#card-alphabet-capex-2025');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(card).toBeHidden();
  });

  test('the Stargate toggle changes the bar, its label and the subtitle', async ({ page }) => {
    const stargate = page.locator(`${BLOCK} .chart-row-group:visible[data-entity="stargate"]`);
    const subtitle = page.locator(`${BLOCK} .chart-subtitle:visible`);
    /** A row's bar (its first mark, solid or hatched) as a share of Amazon's. */
    const againstAmazon = async () => {
      const width = (entity: string) =>
        page
          .locator(`${BLOCK} .chart-row:visible[data-entity="${entity}"] [data-mark] rect`)
          .first()
          .evaluate((r) => Number(r.getAttribute('width')));
      return (await width('stargate')) / (await width('amazon'));
    };
    await expect(stargate).toContainText('$125B');
    await expect(subtitle).toContainText('yearly average');
    await expect(stargate.locator('[data-mark="derived"]')).toHaveCount(1);
    expect(await againstAmazon()).toBeCloseTo(1.25, 1);

    await page.getByRole('radio', { name: 'Total commitment' }).check();
    await expect(stargate).toContainText('$500B');
    await expect(stargate).toContainText('Total four-year commitment');
    await expect(subtitle).toContainText('total four-year commitment');
    await expect(stargate.locator('[data-mark="bar"]')).toHaveCount(1);
    expect(await againstAmazon()).toBeCloseTo(5, 1);
  });

  test('the table lists the same numbers as the chart', async ({ page }) => {
    for (const basis of ['Per year (average)', 'Total commitment']) {
      await page.getByRole('radio', { name: basis }).check();
      const chartLabels = await page.locator(`${BLOCK} .chart-row-group:visible text.num`).allTextContents();
      expect(chartLabels).toHaveLength(5);
      await page.locator(BLOCK).getByRole('radio', { name: 'Table' }).check();
      const table = page.locator(`${BLOCK} table:visible`);
      await expect(table).toBeVisible();
      const tableValues = await table.locator('tbody tr[data-line="row"] td[data-cell="value"]').allTextContents();
      expect(tableValues).toEqual(chartLabels);
      // Amazon's markers are in the table too: its run-rate and its 2024 capex.
      await expect(table.locator('tbody tr[data-line="marker"] td[data-cell="value"]')).toHaveText([
        '$105.2B',
        '~$83B',
      ]);
      await expect(page.locator(`${BLOCK} .chart-canvas`).first()).toBeHidden();
      await page.locator(BLOCK).getByRole('radio', { name: 'Chart' }).check();
    }
  });

  test('the source line under the chart names every publication the bars cite', async ({ page }) => {
    await expect(page.locator(`${BLOCK} .chart-source:visible`)).toHaveText(
      'Sources: Anzali, Kodefied, Quartz, The American Bazaar, and The News Intel (news articles, Feb 2025).',
    );
  });
});
