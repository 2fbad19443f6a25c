import { expect, test } from '@playwright/test';
import { COMPANIES } from './helpers';

test('an unknown company is a 404 page that lists every company', async ({ page }) => {
  const response = await page.goto('/companies/tesla');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('There is no page at this address');
  const list = page.getByRole('list', { name: 'Companies' });
  for (const slug of COMPANIES) await expect(list.locator(`a[href="/companies/${slug}"]`)).toHaveCount(1);
});
