/**
 * The edge host (edge/worker.ts), run in workerd in front of the built site: a shared link to a view the build
 * did not draw is answered with that view in its HTML, its own preview, oEmbed and file addresses, the files the
 * browser would make; whatever it does not draw is the static site's answer, unchanged. And on the static host
 * alone, such a link never paints a company it did not ask for.
 */
import { readFileSync } from 'node:fs';
import { type Browser, type Page, expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import type { PageScriptManifest } from '../scripts/build-page-script';
import { VIEW_FILES, viewPreviewPath } from '../lib/charts/exports/export-paths';
import { viewKey } from '../lib/charts/model/keys';
import { viewFor } from '../lib/charts/model/registry';
import { buildChartSpec } from '../lib/charts/model/spec';
import { embedPath } from '../lib/embeds/embed-code';
import { oembedPath } from '../lib/embeds/oembed';
import { formatDay } from '../lib/url/url-state';
import type { View } from '../lib/url/view';
import { nodeExportKit } from '../renderer/hosts/node';
import { makeLinkPreview } from '../renderer/view-files';
import { differingShare } from './support/office';
import { chartXml } from './support/pptx';
import { ARTICLES_DAY, COMPANIES, EDGE_URL, PLANNERS, PLANS_BLOCK, dataset } from './helpers';

const [FIRST, SECOND] = PLANNERS.slice(-2);
const composed = viewFor(dataset, 'capex', { companies: [FIRST!, SECOND!], highlight: SECOND! });
const COMPOSED_QUERY = `?companies=${SECOND},${FIRST}&highlight=${SECOND}`;
const asOf = viewFor(dataset, 'capex', { asof: ARTICLES_DAY, year: '2025' });
const manifest = JSON.parse(readFileSync('.generated/page-script.json', 'utf8')) as PageScriptManifest;

/** A page as a crawler or a reader before any script sees it. */
async function withoutScript(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${EDGE_URL}${path}`);
  return page;
}

/** The companies whose rows the block's shown view draws (at the page's width: one of its two drawings). */
const drawnRows = (page: Page, block = PLANS_BLOCK) =>
  page
    .locator(`${block} .chart-variant:visible .chart-row-group`)
    .evaluateAll((gs) =>
      gs.filter((g) => g.getBoundingClientRect().width > 0).map((g) => g.getAttribute('data-entity')),
    );

const entitiesOf = (view: View) => buildChartSpec(dataset, view).rows.map((r) => r.entity);

/** A file of a view as the reader's browser makes it, by the on-demand renderer of the static page. */
async function madeInBrowser(page: Page, view: View, file: string): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ({ src, view, file }) => {
      const files = (await import(src)) as typeof import('../browser/on-demand/make-file');
      return Array.from(new Uint8Array(await (await files.makeFile(view, file)).blob.arrayBuffer()));
    },
    { src: manifest.onDemand.files.src, view, file },
  );
  return Buffer.from(bytes);
}

test.describe('the edge host', () => {
  test('a composed permalink’s HTML draws its view before any script: rows, controls, title, preview, oEmbed, file addresses', async ({
    browser,
  }) => {
    const key = viewKey(composed);
    const page = await withoutScript(browser, `/${COMPOSED_QUERY}`);
    expect(await drawnRows(page)).toEqual(entitiesOf(composed));
    await expect(page.locator(`${PLANS_BLOCK} [data-view-title]`)).toHaveText(buildChartSpec(dataset, composed).title);
    const checked = await page
      .locator(`${PLANS_BLOCK} input[type="checkbox"]:checked`)
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(checked.sort()).toEqual([FIRST, SECOND].sort());
    await expect(page.locator(`${PLANS_BLOCK} select[data-control="highlight"]`)).toHaveValue(SECOND!);
    for (const meta of ['meta[property="og:image"]', 'meta[name="twitter:image"]'])
      await expect(page.locator(meta)).toHaveAttribute('content', `${EDGE_URL}${viewPreviewPath(key)}`);
    await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
      'href',
      `${EDGE_URL}${oembedPath(key)}`,
    );
    // Its Download entries are addresses, as a baked view's are.
    for (const file of VIEW_FILES)
      await expect(page.locator(`${PLANS_BLOCK} a[href="/charts/${key}/${file.file}"]`).first()).toBeAttached();
    await page.context().close();
  });

  test('its files at those addresses are the ones the browser makes; its preview is the view, as the build’s renderer draws it', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const key = viewKey(composed);
    await page.goto('/');
    // One of each format: the sizes and themes are the same renderer's (e2e/composed-views.spec.ts holds them all).
    const formats = [...new Map(VIEW_FILES.map((f) => [f.format, f])).values()];
    for (const file of formats) {
      const response = await request.get(`${EDGE_URL}/charts/${key}/${file.file}`);
      expect(response.status(), file.file).toBe(200);
      expect(response.headers()['content-type'], file.file).toBe(file.type);
      const edge = await response.body();
      const browser = await madeInBrowser(page, composed, file.file);
      // A PowerPoint file is a zip whose entries carry the time it was made; the rest are byte for byte.
      if (file.format === 'pptx') expect(await chartXml(edge), file.file).toBe(await chartXml(browser));
      else expect(edge.equals(browser), `${file.file}: the browser’s bytes`).toBe(true);
    }
    const preview = await request.get(`${EDGE_URL}${viewPreviewPath(key)}`);
    const expected = makeLinkPreview(await nodeExportKit(), dataset, buildChartSpec(dataset, composed));
    const [a, b] = [PNG.sync.read(await preview.body()), PNG.sync.read(Buffer.from(expected))];
    expect([a.width, a.height]).toEqual([1200, 630]);
    expect(differingShare(a, b, 0)).toBeLessThan(0.001);
  });

  test('its oEmbed carries the view, and the embed it names draws the view in its HTML', async ({
    browser,
    request,
  }) => {
    const oembed = (await (await request.get(`${EDGE_URL}${oembedPath(viewKey(composed))}`)).json()) as {
      html: string;
      thumbnail_url: string;
    };
    const src = /src="([^"]+)"/.exec(oembed.html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src).toBe(`${EDGE_URL}${embedPath(composed)}`);
    expect((await request.get(oembed.thumbnail_url)).headers()['content-type']).toBe('image/png');
    const embed = await withoutScript(browser, src.slice(EDGE_URL.length));
    expect(await drawnRows(embed, '.chart-block')).toEqual(entitiesOf(composed));
    await embed.context().close();
  });

  test('a permalink as of a day is drawn as of that day before any script: its chart, banner and windows', async ({
    browser,
  }) => {
    const page = await withoutScript(browser, `/?asof=${ARTICLES_DAY}&year=2025`);
    await expect(page.locator('[data-as-of-banner]')).toBeVisible();
    await expect(page.locator('[data-as-of-banner] [data-as-of-day]')).toHaveText(formatDay(ARTICLES_DAY));
    // The overview's block keeps its id (today's edition) whichever edition it shows.
    expect(await drawnRows(page)).toEqual(entitiesOf(asOf));
    await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute('data-view-key', viewKey(asOf));
    await page.context().close();
  });

  test('hostile addresses: never a 5xx, nothing reflected; the page’s notice says what was dropped', async ({
    page,
    request,
  }) => {
    const hostile = [
      '/?companies=<script>alert(1)</script>',
      `/?companies=${COMPANIES[0]},"><img src=x onerror=alert(1)>&highlight=%22%3E%3Cb%3E`,
      '/?asof=2025-13-45&year=1%27%20OR%201=1',
      `/?companies=${'a,'.repeat(3000)}`,
      '/embed/capex-2026?companies=%00&theme=<svg>',
      '/companies/amazon?asof=<i>1999-01-01</i>',
      '/charts/capex-2026--only-%3Cscript%3E/1920x1080-light.png',
      '/charts/capex-2026--per-year--only-zzz/data.csv',
      `/charts/${'capex-2026--'.repeat(100)}/preview.png`,
      '/charts/capex-2026--per-year/..%2F..%2Fetc%2Fpasswd',
    ];
    for (const path of hostile) {
      const response = await request.get(`${EDGE_URL}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      const body = await response.text();
      expect(body, path).not.toMatch(/<script>alert|<img src=x|<b>|<svg>|<i>1999/);
    }
    expect((await request.post(`${EDGE_URL}/?companies=${COMPANIES[0]}`)).status()).toBe(405);
    await page.goto(`${EDGE_URL}/?companies=${COMPANIES[0]},nobody`);
    await expect(page.locator('[data-notice="ignored-params"]')).toContainText('ignored: companies=nobody');
    expect(await drawnRows(page)).toEqual(entitiesOf(viewFor(dataset, 'capex', { companies: [COMPANIES[0]!] })));
  });

  test('everything else is the static site’s answer, unchanged: headers, 304, ranges, a baked view’s files', async ({
    request,
  }) => {
    for (const path of ['/sources', '/data/dataset.json', `/charts/${viewKey(viewFor(dataset, 'capex'))}/data.csv`]) {
      const [edge, origin] = await Promise.all([request.get(`${EDGE_URL}${path}`), request.get(path)]);
      expect(edge.status(), path).toBe(200);
      for (const name of ['content-type', 'cache-control', 'content-security-policy', 'etag', 'x-frame-options'])
        expect(edge.headers()[name], `${path} ${name}`).toBe(origin.headers()[name]);
      expect((await edge.body()).equals(await origin.body()), path).toBe(true);
      const etag = edge.headers().etag ?? '';
      expect((await request.get(`${EDGE_URL}${path}`, { headers: { 'If-None-Match': etag } })).status(), path).toBe(
        304,
      );
      const range = await request.get(`${EDGE_URL}${path}`, { headers: { Range: 'bytes=0-9' } });
      expect(range.status(), path).toBe(206);
      expect((await range.body()).length, path).toBe(10);
    }
  });

  test('a view is drawn once per release: asked again, in any spelling of its address, it comes from the cache', async ({
    request,
  }) => {
    const other = viewFor(dataset, 'capex', { companies: [PLANNERS[0]!, FIRST!] });
    const first = await request.get(`${EDGE_URL}/?companies=${PLANNERS[0]},${FIRST}`);
    const again = await request.get(`${EDGE_URL}/?companies=${FIRST},${PLANNERS[0]}&view=chart`);
    expect(first.headers()['x-edge-cache']).toBe('MISS');
    expect(again.headers()['x-edge-cache']).toBe('HIT');
    expect(await again.text()).toBe(await first.text());
    const file = `${EDGE_URL}/charts/${viewKey(other)}/1200x675-light.svg`;
    const drawn = await request.get(file);
    const cached = await request.get(file);
    expect(cached.headers()['x-edge-cache']).toBe('HIT');
    expect((await cached.body()).equals(await drawn.body())).toBe(true);
    expect((await request.get(file, { headers: { 'If-None-Match': cached.headers().etag ?? '' } })).status()).toBe(304);
  });
});

test.describe('the static host alone', () => {
  test('a composed permalink never paints a company it did not ask for, and fetches the renderer beside the page script', async ({
    page,
  }) => {
    // A phone's CPU, as Lighthouse's mobile profile has it: the page script and the renderer arrive late.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript((block) => {
      const seen = new Set<string>();
      Reflect.set(window, '__seen', seen);
      const frame = () => {
        for (const g of document.querySelectorAll<SVGGElement>(`${block} .chart-variant .chart-row-group`)) {
          const box = g.getBoundingClientRect();
          if (box.width > 0 && getComputedStyle(g).visibility !== 'hidden')
            seen.add(g.getAttribute('data-entity') ?? '');
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      document.addEventListener('DOMContentLoaded', () =>
        Reflect.set(window, '__arrivingAtLoad', document.documentElement.hasAttribute('data-view-arriving')),
      );
    }, PLANS_BLOCK);
    await page.goto(`/${COMPOSED_QUERY}`);
    await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
      'data-view-key',
      viewKey(composed),
      { timeout: 20_000 },
    );
    await expect(page.locator('html')).not.toHaveAttribute('data-view-arriving');
    expect(await page.evaluate(() => Reflect.get(window, '__arrivingAtLoad') as boolean)).toBe(true);
    const seen = await page.evaluate(() => [...(Reflect.get(window, '__seen') as Set<string>)]);
    expect(seen.sort()).toEqual([FIRST, SECOND].sort());
    // The renderer was asked for while the page was still being read, before the page script ran.
    const timing = await page.evaluate((renderer) => {
      const fetched = performance.getEntriesByType('resource').find((e) => e.name.endsWith(renderer));
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { renderer: fetched?.startTime ?? Infinity, scriptRan: navigation?.domContentLoadedEventStart ?? 0 };
    }, manifest.onDemand.view.src);
    expect(timing.renderer).toBeLessThan(timing.scriptRan);
  });
});
