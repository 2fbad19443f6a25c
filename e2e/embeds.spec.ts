import { expect, test, type Page } from '@playwright/test';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedPath } from '../lib/embeds/embed-code';
import { chartSlug } from '../lib/charts/model/keys';
import { chartPermalink } from '../lib/charts/model/registry';
import { pageCharts } from '../lib/charts/model/page-charts';
import { baseURL } from '../playwright.config';
import { latestPlanYear } from '@/server/data';
import {
  EMBED_SAMPLES,
  expectNoHorizontalScroll,
  PLANS_BLOCK,
  PLANS_SLUG,
  dataset,
  PLANNERS,
  permalink,
} from './helpers';

/**
 * Another site: a real server on another loopback port (another origin), whose pages frame a URL of
 * ours. A real server, not a routed fake: Chromium's local-network checks block a frame from a page
 * that has no address of its own.
 */
let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const body = hostPages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

let pageCount = 0;
async function hostPage(page: Page, iframeHtml: string) {
  const path = `/article-${++pageCount}.html`;
  hostPages.set(path, `<!doctype html><html><body style="margin:0"><h1>An article</h1>${iframeHtml}</body></html>`);
  await page.goto(`${hostOrigin}${path}`);
}

test.describe('embeds on another site', () => {
  for (const view of EMBED_SAMPLES) {
    const chart = chartSlug(view);
    test(`/embed/${chart} shows the chart with its source line and no site navigation inside an iframe`, async ({
      page,
    }) => {
      await hostPage(page, `<iframe src="${baseURL}/embed/${chart}" title="chart" width="760" height="800"></iframe>`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.chart-row:visible').first()).toBeVisible();
      await expect(frame.locator('h1')).toHaveCount(1);
      await expect(frame.locator('.chart-source:visible')).toContainText(/Sources?:/);
      await expect(frame.locator('nav, header, footer')).toHaveCount(0);
      await expect(frame.locator('a[data-full-view]')).toHaveAttribute('href', chartPermalink(dataset, view));
    });
  }

  for (const path of ['/', '/companies/amazon', '/sources']) {
    test(`${path} refuses to be framed by another site`, async ({ page }) => {
      // The frame's load event fires once the browser has decided: with the page blocked, it holds Chromium's error page.
      await hostPage(
        page,
        `<iframe src="${baseURL}${path}" title="page" width="760" height="600" onload="document.title='frame loaded'"></iframe>`,
      );
      await expect(page).toHaveTitle('frame loaded');
      const child = page.frames().find((f) => f !== page.mainFrame())!;
      expect(child.url()).toMatch(/^chrome-error:/);
    });
  }
});

test.describe('embed URL state', () => {
  test('basis, highlight and theme in the URL set the embedded chart, and the link back carries them', async ({
    page,
  }) => {
    await page.goto(`/embed/${PLANS_SLUG}?basis=total&highlight=meta&theme=dark`);
    await expect(page.locator('html[data-embed="ready"]')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
    await expect(page.locator('.chart-row-group:visible[data-entity="stargate"]')).toContainText('$500B');
    await expect(page.locator('.chart-row-group:visible[data-entity="amazon"]')).toHaveAttribute('data-dimmed', 'true');
    await expect(page.locator('.chart-row-group:visible[data-entity="meta"]')).not.toHaveAttribute('data-dimmed', /./);
    await expect(page.locator('a[data-full-view]')).toHaveAttribute('href', permalink('basis=total&highlight=meta'));
    await expect(page.locator('[data-notice]')).toHaveCount(0);
  });

  test('a light theme can be forced on a dark system', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/embed/aws-revenue?theme=light');
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('light');
    await context.close();
  });

  test('hostile values are dropped with a notice and never written into the page', async ({ page }) => {
    const evil = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    await page.goto(
      `/embed/${PLANS_SLUG}?theme=${encodeURIComponent(evil)}&highlight=${encodeURIComponent(evil)}&basis=${'x'.repeat(10_000)}`,
    );
    const notice = page.locator('[data-notice="ignored-params"]');
    await expect(notice).toContainText('ignored: ');
    await expect(notice).toContainText('theme=');
    await expect(notice).toContainText('highlight=');
    await expect(notice).toContainText('basis=xxxx');
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    await expect(page.locator('main img, main script')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(page.locator('.chart-row:visible')).toHaveCount(PLANNERS.length);
  });

  test('an unknown chart is a 404', async ({ request }) => {
    expect((await request.get('/embed/nope')).status()).toBe(404);
  });
});

test.describe('the embed of a composed view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('on another site, shows only its companies, its title and its own citation, and sizes its iframe to them', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/?companies=alphabet,meta&highlight=alphabet');
    const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
    await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
      'data-view-key',
      /--only-alphabet-meta$/,
      { timeout: 15_000 },
    );
    await actions.locator('summary', { hasText: 'Embed' }).click();
    const code = await actions.locator('textarea').inputValue();
    const src = new URL(code.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
    expect(`${src.pathname}${src.search}`).toBe(`/embed/${PLANS_SLUG}?companies=alphabet,meta&highlight=alphabet`);

    await page.setViewportSize({ width: 900, height: 900 });
    await hostPage(page, code.replaceAll(src.origin, baseURL));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.chart-variant:visible')).toHaveAttribute('data-view-key', /--only-alphabet-meta$/, {
      timeout: 15_000,
    });
    expect(
      await frame
        .locator('.chart-variant:visible .chart-svg:visible .chart-row-group')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-entity'))),
    ).toEqual(['alphabet', 'meta']);
    await expect(frame.locator('h1')).toHaveText(`Alphabet among the ${latestPlanYear()} AI spending plans`);
    await expect(frame.locator('a[data-full-view]')).toHaveAttribute(
      'href',
      permalink('companies=alphabet,meta&highlight=alphabet'),
    );
    // Sized to what it shows now: no scrolling inside, no empty band under it.
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    await expect
      .poll(
        async () => {
          const outer = (await page.locator('iframe').boundingBox())!.height;
          const inner = await child.evaluate(() => ({
            content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
            scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
          }));
          return { scrolls: inner.scrolls, fits: Math.abs(outer - inner.content) <= 2 };
        },
        { timeout: 10_000 },
      )
      .toEqual({ scrolls: false, fits: true });
    const shown = frame.locator('.chart-variant-actions:visible');
    await shown.locator('summary', { hasText: 'Cite' }).click();
    await expect(shown.locator('[data-cite-style="apa"] .cite-text')).toContainText(
      permalink('companies=alphabet,meta&highlight=alphabet'),
      { timeout: 15_000 },
    );
  });

  test('drops hostile companies with the overview’s notice, and shows the valid ones', async ({ page }) => {
    const evil = '"><script>window.__pwned=1</script>';
    await page.goto(`/embed/${PLANS_SLUG}?companies=${encodeURIComponent(`${evil},stargate`)}`);
    await expect(page.locator('[data-notice="ignored-params"]')).toContainText('ignored: companies=');
    await expect(page.locator('.chart-variant:visible')).toHaveAttribute('data-view-key', /--only-stargate$/, {
      timeout: 15_000,
    });
    await expect(page.locator('.chart-variant:visible .chart-svg:visible .chart-row')).toHaveCount(1);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    await expect(page.locator('main script')).toHaveCount(0);
  });
});

test.describe('the Embed action', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a valid iframe pointing at the embed URL, which fits the chart at its natural width', async ({
    page,
  }) => {
    await page.goto('/companies/amazon');
    await expect(page.locator('html[data-share="ready"]')).toHaveCount(1);
    for (const shown of pageCharts(dataset, 'amazon')) {
      const chart = chartSlug(shown);
      const actions = page.locator(`#${chart} .chart-variant-actions:visible`);
      await actions.locator('summary', { hasText: 'Embed' }).click();
      // The live form: it follows the view (the pinned one is checked below).
      const live = actions.locator('[data-embed-form="live"]');
      await live.getByRole('button', { name: 'Copy code' }).click();
      await expect(live.getByRole('button', { name: 'Code copied' })).toBeVisible();
      const code = await page.evaluate(() => navigator.clipboard.readText());

      const iframe = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const frames = doc.body.querySelectorAll('iframe');
        const f = frames[0]!;
        return {
          count: doc.body.children.length,
          frames: frames.length,
          src: f.getAttribute('src'),
          title: f.getAttribute('title'),
          height: f.getAttribute('height'),
          loading: f.getAttribute('loading'),
        };
      }, code);
      // The iframe, then the script that sizes it.
      expect(iframe.count).toBe(2);
      expect(iframe.frames).toBe(1);
      expect(iframe.title).toBeTruthy();
      expect(iframe.loading).toBe('lazy');
      const src = new URL(iframe.src!);
      expect(`${src.pathname}${src.search}`).toBe(embedPath(shown));

      // The code works as pasted (pointed at the test server) and its height holds the whole chart at 760 px.
      const pasted = code
        .replaceAll(src.origin, baseURL)
        .replace('width="100%"', 'width="760"')
        .replace('width:100%;', '');
      const host = await page.context().newPage();
      await hostPage(host, pasted);
      const frame = host.frameLocator('iframe');
      await expect(frame.locator('html[data-embed="ready"]')).toHaveCount(1);
      const inner = await host.frames()[1]!.evaluate(() => document.documentElement.scrollHeight);
      expect(inner, `${chart}: the embed needs ${inner}px but the code gives ${iframe.height}`).toBeLessThanOrEqual(
        Number(iframe.height),
      );
      await host.close();
      await page.keyboard.press('Escape');
      await actions.locator('summary', { hasText: 'Embed' }).click();
    }
  });

  test('the embed code sizes its iframe to the chart at 1280, 768 and 360 px, and again when the host window resizes', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    const code = await page.locator(`${PLANS_BLOCK} .chart-variant-actions textarea`).first().inputValue();
    const src = new URL(code.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
    const pasted = code.replaceAll(src.origin, baseURL);
    const fits = async () => {
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      await expect
        .poll(
          async () => {
            const outer = (await page.locator('iframe').boundingBox())!.height;
            const inner = await frame.evaluate(() => ({
              content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
              scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
              sourceLine: document.querySelector('.chart-variant:not([hidden]) .chart-source')!.getBoundingClientRect()
                .bottom,
            }));
            // Nothing cut off or scrolling inside the frame, and no empty band under the chart.
            return {
              scrolls: inner.scrolls,
              sourceLineInside: inner.sourceLine <= outer,
              band: Math.abs(outer - inner.content) <= 2,
            };
          },
          { timeout: 10_000 },
        )
        .toEqual({ scrolls: false, sourceLineInside: true, band: true });
    };
    for (const width of [1280, 768, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await hostPage(page, pasted);
      await expect(page.frameLocator('iframe').locator('html[data-embed="ready"]')).toHaveCount(1);
      await fits();
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await fits();
  });

  test('on the overview, the embed code follows the highlighted company and basis', async ({ page }) => {
    await page.goto('/?basis=total&highlight=meta');
    await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(1);
    const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
    await actions.locator('summary', { hasText: 'Embed' }).click();
    await expect(actions.locator('textarea')).toHaveValue(
      new RegExp(`/embed/${PLANS_SLUG}\\?basis=total&amp;highlight=meta"`),
    );
    await expect(actions.locator('a[data-format="png"]').first()).toHaveAttribute(
      'href',
      `/charts/${PLANS_SLUG}--total--highlight-meta/1920x1080-light.png`,
    );
  });
});

// axe scans every embed in both themes in accessibility.spec.ts.
test.describe('embeds on a phone', () => {
  for (const chart of EMBED_SAMPLES.map(chartSlug)) {
    test(`/embed/${chart} has no horizontal scroll at 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/embed/${chart}`);
      await expect(page.locator('html[data-embed="ready"]')).toHaveCount(1);
      await expectNoHorizontalScroll(page);
    });
  }
});

test.describe('a pinned embed', () => {
  const version = dataset.meta.version;
  const pinned = `/embed/v/${version}/${PLANS_SLUG}`;

  test('is a static page at its release’s address, drawn at build, that reads only how it is shown and says which release it shows', async ({
    page,
    request,
  }) => {
    const res = await request.get(pinned);
    expect(res.status()).toBe(200);
    const html = await res.text();
    // Drawn at build: the chart is in the HTML, not drawn on demand.
    expect(html).toContain(`data-view-key="${PLANS_SLUG}--per-year"`);
    // React writes a comment between adjacent texts: "Pinned to release <!-- -->2.0.0".
    expect(html.replace(/<!-- -->/g, '')).toContain(`Pinned to release ${version}`);
    await page.goto(`${pinned}?companies=meta&theme=dark`);
    await expect(page.locator('html[data-embed="ready"]')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // It draws what the release drew: a company filter is not read, and the notice says so.
    await expect(page.locator('.chart-variant:visible .chart-svg--wide .chart-row')).toHaveCount(PLANNERS.length);
    await expect(page.getByText(/ignored/i).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Full view/ })).toHaveAttribute('href', permalink());
  });

  test('is offered beside the live embed in the Embed panel, for a chart as it opens but not for a composed view', async ({
    page,
  }) => {
    await page.goto('/');
    const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
    await actions.locator('summary', { hasText: 'Embed' }).click();
    await expect(actions.locator('[data-embed-form="pinned"] textarea')).toHaveValue(
      new RegExp(`/embed/v/${version.replace(/\./g, '\\.')}/${PLANS_SLUG}"`),
    );
    await expect(actions.locator('[data-embed-form="live"] textarea')).toHaveValue(new RegExp(`/embed/${PLANS_SLUG}"`));
    await page.goto('/?companies=amazon,meta');
    await expect(page.locator(`${PLANS_BLOCK} .chart-variant:visible`)).toHaveAttribute(
      'data-view-key',
      /only-amazon-meta/,
      {
        timeout: 15_000,
      },
    );
    await actions.locator('summary', { hasText: 'Embed' }).click();
    await expect(actions.locator('[data-embed-form="live"]')).toHaveCount(1);
    await expect(actions.locator('[data-embed-form="pinned"]')).toHaveCount(0);
  });
});
