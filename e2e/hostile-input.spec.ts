import { expect, test, type Page } from '@playwright/test';
import { embedParams } from '../lib/embeds/embed-views';
import { OVERVIEW_PARAMS } from '../lib/url/params';
import { primaryEntities } from '@/server/data';
import { PLANS_BLOCK, PLANS_SLUG, PLANNERS } from './helpers';

/**
 * Everything the site reads from a URL, fed what an attacker or a mangled link would send.
 * The site must answer with its page and a notice, or its 404 — never a 5xx, never the input as markup.
 */
const PAYLOADS = {
  'a script tag': '<script>window.__pwned=1</script>',
  'an attribute break-out': '"><img src=x onerror="window.__pwned=2">',
  'single quotes': "' onmouseover='window.__pwned=3' x='",
  'full-width unicode': 'ｍｅｔａ',
  'an emoji and RTL text': '💥\u202Eatem',
  'a 10 kB string': 'A'.repeat(10_000),
  'a path traversal': '../../../etc/passwd',
  'a NUL byte': 'meta\u0000',
} as const;

// Every parameter each page reads, from the one table of URL parameters.
const EMBED_PARAMS = embedParams('capex');

async function expectNotInjected(page: Page) {
  expect(
    await page.evaluate(() => Reflect.get(window, '__pwned') as unknown),
    'no script of the input ran',
  ).toBeUndefined();
  await expect(page.locator('img[src="x"], [onerror], [onmouseover]')).toHaveCount(0);
}

test.describe('hostile query values', () => {
  // One test per page and payload: every parameter the page reads takes the payload at once (a value too long for
  // one address with all of them, one parameter at a time), and the notice names each.
  const READERS = [
    { what: 'the overview', path: '/', params: OVERVIEW_PARAMS, ready: '[data-overview-controls="ready"]' },
    { what: 'the embed', path: `/embed/${PLANS_SLUG}`, params: EMBED_PARAMS, ready: 'html[data-embed="ready"]' },
  ];
  for (const reader of READERS) {
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      test(`${reader.what} drops ${name} in every parameter it reads, with a notice`, async ({ page }) => {
        const value = encodeURIComponent(payload);
        const groups = value.length > 1000 ? reader.params.map((p) => [p]) : [reader.params];
        for (const params of groups) {
          const response = await page.goto(`${reader.path}?${params.map((p) => `${p}=${value}`).join('&')}`);
          expect(response!.status()).toBe(200);
          await expect(page.locator(reader.ready)).toHaveCount(1);
          const notice = page.locator('[data-notice="ignored-params"]');
          await expect(notice).toContainText('ignored: ');
          for (const param of params) await expect(notice).toContainText(`${param}=`);
          await expectNotInjected(page);
          if (reader.path === '/')
            await expect(page.locator(`${PLANS_BLOCK} .chart-row:visible`)).toHaveCount(PLANNERS.length);
        }
      });
    }
  }

  test('repeated keys keep the first valid value and report the rest', async ({ page }) => {
    await page.goto(
      '/?highlight=meta&highlight=%3Cscript%3E&basis=total&basis=per-year&companies=amazon&companies=meta,%22x',
    );
    await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(1);
    const notice = page.locator('[data-notice="ignored-params"]');
    await expect(notice).toContainText('highlight=<script>');
    await expect(notice).toContainText('basis=per-year');
    await expect(notice).toContainText('companies="x');
    await expect(page.locator(`${PLANS_BLOCK} .chart-row:visible`)).toHaveCount(2);
    await expect(page.locator(`${PLANS_BLOCK} .chart-row-group:visible[data-entity="amazon"]`)).toHaveAttribute(
      'data-dimmed',
      'true',
    );
    await expectNotInjected(page);
  });

  for (const path of ['/', `/embed/${PLANS_SLUG}`]) {
    test(`keys ${path} does not read are left in its URL, not reported, and not reflected`, async ({ page }) => {
      const evil = encodeURIComponent(PAYLOADS['an attribute break-out']);
      await page.goto(`${path}?${evil}=${evil}&utm_source=${evil}&basis=total`);
      await expect(page.locator('html[data-embed="ready"], [data-overview-controls="ready"]')).toHaveCount(1);
      // The page script has read the query: the basis it names is applied…
      await expect(page.locator('input[value="total"]')).toBeChecked();
      // …and the keys it does not read are neither reported nor dropped from the address.
      await expect(page.locator('[data-notice]')).toHaveCount(0);
      expect(new URL(page.url()).searchParams.get('utm_source')).toBe(PAYLOADS['an attribute break-out']);
      await expectNotInjected(page);
    });
  }
});

test.describe('hostile path segments', () => {
  const prefixes = ['/companies/', '/embed/', '/charts/', '/data/', '/sources/', '/'];
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    for (const prefix of prefixes) {
      test(`${prefix}<${name}> is a 404, without the input in the page`, async ({ request }) => {
        const response = await request.get(`${prefix}${encodeURIComponent(payload)}`);
        expect(response.status(), 'never a 5xx').toBeLessThan(500);
        expect([400, 404]).toContain(response.status());
        const body = await response.text();
        expect(body).not.toContain('<script>window.__pwned');
        expect(body).not.toContain('<img src=x');
        expect(body).not.toContain('onmouseover=');
      });
    }
  }

  test('an unknown company shows the 404 page listing every company, in the browser too', async ({ page }) => {
    const response = await page.goto(`/companies/${encodeURIComponent(PAYLOADS['an attribute break-out'])}`);
    expect(response!.status()).toBe(404);
    for (const { name } of primaryEntities())
      await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
    await expectNotInjected(page);
  });
});
