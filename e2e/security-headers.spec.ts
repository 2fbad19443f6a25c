import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PLANS_SLUG } from './helpers';

const DOCUMENTS = ['/', '/companies/amazon', '/sources', '/methodology', '/companies/not-a-company', '/sitemap.xml'];
const EMBEDS = [`/embed/${PLANS_SLUG}`, '/embed/aws-revenue'];
const FILES = [
  '/data/figures.csv',
  '/data/dataset.json',
  '/og/overview.png',
  '/charts/aws-revenue/1920x1080-dark.svg',
  '/icon.svg',
  '/robots.txt',
];

test.describe('security headers on every response of the committed server config', () => {
  for (const path of [...DOCUMENTS, ...EMBEDS, ...FILES]) {
    test(`${path}`, async ({ request }) => {
      const h = (await request.get(path)).headers();
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      const csp = h['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      if (path.startsWith('/embed/')) {
        expect(csp).toContain('frame-ancestors *');
        expect(h['x-frame-options']).toBeUndefined();
      } else {
        expect(csp).toContain("frame-ancestors 'none'");
        expect(h['x-frame-options']).toBe('DENY');
      }
    });
  }

  test('the page script carries them too, and is cached for a year under its hashed name', async ({
    request,
    page,
  }) => {
    await page.goto('/');
    const src = await page.locator('script[type="module"][src^="/js/page-"]').getAttribute('src');
    const h = (await request.get(src!)).headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('pages load without a CSP violation or console error', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    for (const path of ['/', '/companies/amazon', `/embed/${PLANS_SLUG}?theme=dark`, '/sources']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });

  test('the build writes the same headers for CDN hosts in out/_headers, which is not served', async ({ request }) => {
    expect((await request.get('/_headers')).status()).toBe(404);
    const file = readFileSync('out/_headers', 'utf8');
    expect(file).toMatch(/^\/\*\n/);
    expect(file).toContain("frame-ancestors 'none'");
    expect(file).toMatch(/\/embed\/\*\n( {2}! .*\n)+ {2}Content-Security-Policy: .*frame-ancestors \*/);
  });
});
