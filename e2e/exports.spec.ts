import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { downloadLinks } from '../lib/charts/exports/download-menu';
import { EXPORT_SIZES, EXPORT_THEMES, deckPath } from '../lib/charts/exports/export-paths';
import { bakedViews, deckYears } from '../lib/charts/model/baked-views';
import { viewKey, viewPartsPath } from '../lib/charts/model/keys';
import type { ViewParts } from '../renderer/view-parts';
import { latestPlanYear } from '@/server/data';
import { CHART_PAGES, PLANS_BLOCK, PLANS_SLUG, dataset } from './helpers';

/** What the registry says leaves the site: every view of every chart (lib/charts/model/baked-views.ts). */
const VIEWS = bakedViews(dataset).map((view) => ({ key: viewKey(view) }));
/** The newest year's deck, which every view on a page links. */
const DECK = deckPath(latestPlanYear());
const DECKS = deckYears(dataset)
  .map((year) => deckPath(year))
  .sort();
const IMAGES_PER_VIEW = EXPORT_SIZES.length * EXPORT_THEMES.length;

type CsvLine = Record<string, string>;

/**
 * Every export link a reader can reach: those the chart pages carry in their server HTML (no JavaScript needed
 * to find them), and those of each view a page switches to (its parts, fetched as the page fetches them).
 */
async function exportLinks(request: APIRequestContext): Promise<string[]> {
  const hrefs = new Set<string>();
  const texts = [
    ...(await Promise.all(CHART_PAGES.map(async (path) => (await request.get(path)).text()))),
    ...(await Promise.all(
      VIEWS.map(async (v) => ((await (await request.get(viewPartsPath(v.key))).json()) as ViewParts).actions.all ?? ''),
    )),
  ];
  for (const html of texts)
    for (const m of html.matchAll(/<a href="(\/charts\/[^"]+)"[^>]*data-format=/g)) hrefs.add(m[1]!);
  return [...hrefs].sort();
}

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const readCsv = (text: string) => parse<CsvLine>(text, { bom: true, columns: true, record_delimiter: '\r\n' });

test.describe('slide-ready exports', () => {
  test('every chart on every page links PNG and SVG at 1920×1080 and 1200×675, light and dark, a PowerPoint file, the deck and a CSV', async ({
    request,
  }) => {
    const links = await exportLinks(request);
    const inFolders = links.filter((l) => l.split('/').length === 4);
    const folders = new Set(inFolders.map((l) => l.split('/')[2]));
    // Every view the registry declares is linked from a page, with its own folder of files.
    expect([...folders].sort()).toEqual(VIEWS.map((v) => v.key).sort());
    for (const view of VIEWS) {
      const files = inFolders.filter((l) => l.split('/')[2] === view.key).sort();
      expect(files).toEqual(
        downloadLinks(view.key, DECK)
          .map((l) => l.href)
          .filter((h) => h !== DECK)
          .sort(),
      );
    }
    // Each view links the deck of its year; every year's deck is published.
    expect(links.filter((l) => l.split('/').length === 3)).toEqual(DECKS);
    for (const year of deckYears(dataset))
      expect((await request.get(deckPath(year))).status(), deckPath(year)).toBe(200);
  });

  test('every PowerPoint link serves a PowerPoint file', async ({ request }) => {
    const pptx = (await exportLinks(request)).filter((l) => l.endsWith('.pptx'));
    expect(pptx.length).toBe(VIEWS.length + DECKS.length);
    for (const href of pptx) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      );
      expect((await response.body()).subarray(0, 2).toString(), `${href} is a zip`).toBe('PK');
    }
  });

  test('every PNG link serves a PNG of the stated pixel size', async ({ request }) => {
    const pngs = (await exportLinks(request)).filter((l) => l.endsWith('.png'));
    expect(pngs.length).toBe(VIEWS.length * IMAGES_PER_VIEW);
    for (const href of pngs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const [, w, h] = href.match(/(\d+)x(\d+)-(light|dark)\.png$/)!;
      expect(pngSize(await response.body()), href).toEqual({ width: Number(w), height: Number(h) });
    }
  });

  test('every SVG parses, keeps its text as text, and holds the chart’s numbers', async ({ page, request }) => {
    await page.goto('/embed/aws-revenue'); // any page of ours, for its DOMParser
    const svgs = (await exportLinks(request)).filter((l) => l.endsWith('.svg'));
    expect(svgs.length).toBe(VIEWS.length * IMAGES_PER_VIEW);
    for (const href of svgs) {
      const folder = href.split('/').slice(0, 3).join('/');
      const csv = readCsv(await (await request.get(`${folder}/data.csv`)).text());
      const text = await (await request.get(href)).text();
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.nodeName,
          width: root.getAttribute('width'),
          height: root.getAttribute('height'),
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          paths: doc.querySelectorAll('path[d]').length,
        };
      }, text);
      expect(parsed.error, href).toBeNull();
      expect(parsed.root).toBe('svg');
      const [, w, h] = href.match(/(\d+)x(\d+)-/)!;
      expect([parsed.width, parsed.height]).toEqual([w, h]);
      const allText = parsed.texts.join(' | ');
      for (const line of csv) {
        // A view too tall for the frame keeps its largest companies whole, says so and where the rest is; its CSV keeps every row.
        if (allText.includes(line.value_label!)) continue;
        expect(allText, `${href} shows ${line.value_label} or says it shows only some`).toMatch(
          /Shown: the \d+ largest of \d+; all \d+ at /,
        );
      }
      expect(allText).toContain(csv[0]!.chart);
      expect(allText).toContain(csv[0]!.source_line!.slice(0, 30));
      expect(allText).toMatch(/Data as of \d+ \w+ \d{4}/);
    }
  });

  test('each chart’s CSV has exactly the chart’s rows, with the chart’s numbers and the dataset’s citations', async ({
    page,
    request,
  }) => {
    const dataset = (await (await request.get('/data/dataset.json')).json()) as {
      figures: { id: string; value: { low: number; high: number }; citations: { quote: string }[] }[];
    };
    for (const path of CHART_PAGES) {
      await page.goto(path);
      for (const block of await page.locator('.chart-block').all()) {
        const chartRows = await block.locator('.chart-svg:visible .chart-row-group').evaluateAll((groups) =>
          groups.map((g) => ({
            id: g.querySelector('.chart-row')!.getAttribute('data-figure-id')!,
            text: g.textContent ?? '',
          })),
        );
        const href = await block.locator('.chart-variant-actions:visible a[data-format="csv"]').getAttribute('href');
        const csv = readCsv(await (await request.get(href!)).text());
        const bars = csv.filter((l) => l.series === 'bar');
        expect(
          bars.map((l) => l.figure_id),
          `${path} ${href}`,
        ).toEqual(chartRows.map((r) => r.id));
        bars.forEach((line, i) => expect(chartRows[i]!.text).toContain(line.value_label));
        for (const line of csv) {
          const figure = dataset.figures.find((f) => f.id === line.figure_id)!;
          expect([Number(line.low_usd), Number(line.high_usd)]).toEqual([figure.value.low, figure.value.high]);
          for (const c of figure.citations) expect(line.citations).toContain(c.quote ?? 'reported');
        }
      }
    }
  });
});

test.describe('Copy image', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the chart on the clipboard as an image/png and says so', async ({ page }) => {
    await page.goto('/companies/amazon');
    await expect(page.locator('html[data-share="ready"]')).toHaveCount(1);
    const actions = page.locator('#aws-revenue .chart-variant-actions');
    await actions.getByRole('button', { name: 'Copy image' }).click();
    await expect(actions.getByRole('button', { name: 'Image copied' })).toBeVisible();
    await expect(page.locator('#share-status')).toHaveText(/copied as an image/);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item!.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied).toEqual({ types: ['image/png'], width: 1200, height: 675 });
  });

  test('downloads the PNG where the browser will not copy images', async ({ page }) => {
    await page.addInitScript(() => {
      // A browser without image clipboard support.
      Object.defineProperty(window, 'ClipboardItem', { value: undefined });
    });
    await page.goto('/companies/amazon');
    await expect(page.locator('html[data-share="ready"]')).toHaveCount(1);
    const download = page.waitForEvent('download');
    await page.locator('#aws-revenue .chart-variant-actions').getByRole('button', { name: 'Copy image' }).click();
    expect((await download).suggestedFilename()).toBe('ai-capex-aws-revenue-1200x675-light.png');
    await expect(page.locator('#share-status')).toHaveText(/downloaded instead/);
  });
});

test.describe('the Download menu', () => {
  test('opens from the keyboard and lists every export of the chart shown', async ({ page }) => {
    await page.goto('/');
    const actions = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
    await actions.locator('summary', { hasText: 'Download' }).focus();
    await page.keyboard.press('Enter');
    await expect(actions.getByRole('link', { name: 'PNG · 1920×1080 · dark' })).toHaveAttribute(
      'href',
      `/charts/${PLANS_SLUG}--per-year/1920x1080-dark.png`,
    );
    await expect(actions.getByRole('link', { name: 'PowerPoint · this chart, editable' })).toHaveAttribute(
      'href',
      `/charts/${PLANS_SLUG}--per-year/chart.pptx`,
    );
    await expect(actions.getByRole('link', { name: 'PowerPoint · every chart, one deck' })).toHaveAttribute(
      'href',
      `/charts/ai-capex-${latestPlanYear()}-charts.pptx`,
    );
    await page.locator(`${PLANS_BLOCK} [data-control="variant"] input[value="total"]`).check({ force: true });
    const total = page.locator(`${PLANS_BLOCK} .chart-variant-actions:visible`);
    await total.locator('summary', { hasText: 'Download' }).click();
    await expect(total.getByRole('link', { name: 'SVG · 1200×675 · light' })).toHaveAttribute(
      'href',
      `/charts/${PLANS_SLUG}--total/1200x675-light.svg`,
    );
  });
});
