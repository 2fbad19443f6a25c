import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';

/** A raw GET with a chosen Accept-Encoding; the body is left as sent. */
function fetchRaw(path: string, acceptEncoding?: string, extra: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const headers = { ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }), ...extra };
      get(`${baseURL}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    },
  );
}

test.describe('compressed responses', () => {
  for (const path of [
    '/companies/amazon',
    '/data/figures.csv',
    '/charts/aws-revenue/1920x1080-light.svg',
    '/companies/not-a-company',
  ]) {
    test(`${path} comes as Brotli to a browser, as gzip to a gzip-only client, and the same bytes either way`, async () => {
      const plain = await fetchRaw(path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toContain('Accept-Encoding');

      const br = await fetchRaw(path, 'gzip, deflate, br, zstd');
      expect(br.status).toBe(plain.status);
      expect(br.headers['content-encoding']).toBe('br');
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(plain.body.length / 3);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

      const gzip = await fetchRaw(path, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
      // Precompressed copies keep the page's own headers.
      expect(br.headers['content-type']).toBe(plain.headers['content-type']);
      expect(br.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
    });
  }

  test('scripts come precompressed too, and a byte range is served from the file as it is', async ({ page }) => {
    await page.goto('/');
    const src = (await page.locator('script[type="module"][src^="/js/page-"]').getAttribute('src'))!;
    const br = await fetchRaw(src, 'br');
    expect(br.headers['content-encoding']).toBe('br');
    const range = await fetchRaw(src, 'br', { range: 'bytes=0-9' });
    expect(range.status).toBe(206);
    expect(range.headers['content-encoding']).toBeUndefined();
    expect(range.body.length).toBe(10);
  });

  test('the browser gets Brotli', async ({ page }) => {
    const response = await page.goto('/companies/amazon');
    expect(await response!.headerValue('content-encoding')).toBe('br');
    await expect(page.getByRole('heading', { level: 1, name: 'Amazon' })).toBeVisible();
  });
});
