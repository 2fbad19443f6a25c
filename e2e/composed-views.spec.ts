/**
 * A view the reader composes (some of the companies, a basis, a highlight,
 * chart or table) is the view they take away: every file downloaded from the
 * page, the image copied, the embed code and the embed, the citation. The
 * build draws none of these views; the browser draws them with the renderer
 * the build uses. Each file is held to the view's spec and to the same file
 * made here, in Node, by that renderer: the same bytes.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { PageScriptManifest } from '../scripts/build-page-script';
import { VIEW_FILES, type ViewFile } from '../lib/charts/exports/export-paths';
import { viewKey } from '../lib/charts/model/keys';
import { buildChartSpec } from '../lib/charts/model/spec';
import { viewFor } from '../lib/charts/model/registry';
import type { ChartSpec } from '../lib/charts/model/types';
import { embedPath } from '../lib/embeds/embed-code';
import { absoluteUrl } from '../lib/site';
import type { ViewChoices } from '../lib/url/view';
import { nodeExportKit } from '../renderer/hosts/node';
import { makeViewFiles } from '../renderer/view-files';
import { differingShare, expectPlainSvg11, libreOfficeConvert, pdfPng, pdfText, withoutText } from './support/office';
import { needTools } from './support/system-tools';
import { chartXml, expectChartMatchesSpec, readDeck } from './support/pptx';
import { PLANNERS, PLANS_BLOCK, PLANS_SLUG, dataset } from './helpers';

const BLOCK = PLANS_BLOCK;

interface Composed {
  what: string;
  query: string;
  options: ViewChoices;
}

/** Three views the build does not draw: one company; the total basis with a highlight; the table view. */
const COMPOSED: Composed[] = [
  { what: 'one company', query: '?companies=meta', options: { companies: ['meta'] } },
  {
    what: 'the total basis with a highlight',
    query: '?companies=amazon,stargate&basis=total&highlight=stargate',
    options: { companies: ['amazon', 'stargate'], basis: 'total', highlight: 'stargate' },
  },
  {
    what: 'the table view',
    query: '?companies=microsoft,alphabet,meta&view=table',
    options: { companies: ['microsoft', 'alphabet', 'meta'] },
  },
];

/** The names of the companies a view leaves out: none of its files may speak of them. */
function hiddenNames(spec: ChartSpec): string[] {
  const shown = new Set(spec.rows.map((r) => r.entity));
  return dataset.entities.filter((e) => e.role === 'primary' && !shown.has(e.slug)).map((e) => e.name);
}

/** Waits until the block shows the view (its key on the variant shown). */
async function showsView(page: Page, spec: ChartSpec) {
  await expect(page.locator(`${BLOCK} .chart-variant:visible`)).toHaveAttribute('data-view-key', spec.key, {
    timeout: 15_000,
  });
}

function actionsOf(page: Page): Locator {
  return page.locator(`${BLOCK} .chart-variant-actions:visible`);
}

/** Clicks a Download entry and returns the file the browser saves, with its suggested name. */
async function download(page: Page, entry: Locator): Promise<{ name: string; bytes: Buffer }> {
  const saved = page.waitForEvent('download');
  await entry.click();
  const file = await saved;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const entryName = (f: ViewFile) =>
  f.format === 'png' || f.format === 'svg'
    ? `${f.format.toUpperCase()} · ${f.size.width}×${f.size.height} · ${f.theme}`
    : f.format === 'pptx'
      ? 'PowerPoint · this chart, editable'
      : 'Data · the chart’s numbers and quotes (CSV)';

test.describe('a composed view, taken away', () => {
  for (const view of COMPOSED) {
    test(`${view.what}: every file downloaded from the page is the view’s, as the build’s renderer makes it`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const spec = buildChartSpec(dataset, viewFor(dataset, 'capex', view.options));
      const hidden = hiddenNames(spec);
      expect(hidden.length).toBeGreaterThan(0);
      const expected = new Map(
        (await makeViewFiles(await nodeExportKit(), dataset, spec, VIEW_FILES)).map((m) => [m.file.file, m.content]),
      );

      await page.goto(`/${view.query}`);
      await showsView(page, spec);
      const actions = actionsOf(page);
      await actions.locator('summary', { hasText: 'Download' }).click();
      for (const file of VIEW_FILES) {
        const { name, bytes } = await download(page, actions.getByRole('button', { name: entryName(file) }));
        const what = `${view.query} ${file.file}`;
        // Named as a baked file is: ai-capex-<view>-<file>.
        expect(name, what).toBe(`ai-capex-${spec.key}-${file.file}`);
        const made = expected.get(file.file)!;
        if (file.format === 'png') {
          const png = PNG.sync.read(bytes);
          expect([png.width, png.height], what).toEqual([file.size.width, file.size.height]);
          expect(
            bytes.equals(Buffer.from(made as Uint8Array)),
            `${what}: the same PNG as the build’s renderer draws`,
          ).toBe(true);
        } else if (file.format === 'svg') {
          const svg = bytes.toString('utf8');
          expect(svg, what).toBe(made);
          expectPlainSvg11(svg, file.size, what);
          const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          for (const text of [spec.title, ...spec.rows.flatMap((r) => [r.label, r.valueLabel])])
            expect(svg, what).toContain(escaped(text));
          expect(svg, what).toContain(`${escaped(absoluteUrl(spec.permalink).replace(/^https?:\/\//, ''))}</text>`);
          for (const name of hidden) expect(svg, `${what} leaves out ${name}`).not.toContain(name);
        } else if (file.format === 'pptx') {
          const [slide, ...more] = await readDeck(bytes);
          expect(more, what).toHaveLength(0);
          expectChartMatchesSpec(slide!, spec, what);
          expect(slide!.slideText, what).toContain(absoluteUrl(spec.permalink).replace(/^https?:\/\//, ''));
          // No row of a hidden company: not in the chart's data, not among the values the notes cite (their articles' headlines may name anyone).
          const valueLines = slide!.notes.split('\n').filter((line) => /^\S.*: .* — /.test(line));
          expect(valueLines.length, what).toBeGreaterThan(0);
          for (const name of hidden) {
            expect(
              slide!.categories.filter((c) => c.startsWith(name)),
              `${what} leaves out ${name}`,
            ).toEqual([]);
            expect(
              valueLines.filter((line) => line.startsWith(name)),
              `${what} leaves out ${name}`,
            ).toEqual([]);
          }
        } else {
          const text = bytes.toString('utf8');
          expect(text, what).toBe(made);
          const lines = parse<Record<string, string>>(text, { bom: true, columns: true });
          expect(
            lines.map((l) => l.figure_id),
            what,
          ).toEqual(spec.rows.flatMap((r) => [r.figureId, ...r.markers.map((m) => m.figureId)]));
          expect(
            lines.every((l) => spec.rows.some((r) => r.entity === l.entity)),
            what,
          ).toBe(true);
        }
      }
    });

    test(`${view.what}: the title, legend and notes speak of the rows shown; embed code and citation name the view`, async ({
      page,
    }) => {
      const spec = buildChartSpec(dataset, viewFor(dataset, 'capex', view.options));
      await page.goto(`/${view.query}`);
      await showsView(page, spec);
      const block = page.locator(BLOCK);
      await expect(block.getByRole('heading', { level: 2 }).first()).toHaveText(spec.title);
      await expect(block.locator('.chart-subtitle:visible')).toHaveText(spec.subtitle);
      // The table view hides the legend: read it from the view shown, whichever of chart or table is.
      const shown = block.locator('.chart-variant:visible');
      await expect(shown.locator('.chart-legend li')).toHaveText(spec.legend.map((l) => l.label));
      await expect(shown.locator('.chart-notes li')).toHaveText(spec.notes);
      const said = [spec.subtitle, ...spec.legend.map((l) => l.label), ...spec.notes].join(' ');
      for (const name of hiddenNames(spec)) expect(said, `says nothing of ${name}`).not.toContain(name);
      await expect(page.getByText(/show all \w+ companies/)).toHaveCount(0);

      const actions = actionsOf(page);
      await actions.locator('summary', { hasText: 'Embed' }).click();
      await expect(actions.locator('textarea')).toHaveValue(
        new RegExp(`src="${absoluteUrl(embedPath(spec.view)).replace(/[.?]/g, '\\$&').replace(/&/g, '&amp;')}"`),
      );
      await actions.locator('summary', { hasText: 'Cite' }).click();
      const apa = actions.locator('[data-cite-style="apa"] .cite-text');
      await expect(apa).toContainText(spec.title);
      await expect(apa).toContainText(absoluteUrl(spec.permalink));
    });
  }

  test('Copy image puts the composed view on the clipboard, as the PNG the build’s renderer draws', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const view = COMPOSED[1]!;
    const spec = buildChartSpec(dataset, viewFor(dataset, 'capex', view.options));
    const [png] = await makeViewFiles(
      await nodeExportKit(),
      dataset,
      spec,
      VIEW_FILES.filter((f) => f.file === '1200x675-light.png'),
    );
    await page.goto(`/${view.query}`);
    await showsView(page, spec);
    await actionsOf(page).getByRole('button', { name: 'Copy image' }).click();
    await expect(actionsOf(page).getByRole('button', { name: 'Image copied' })).toBeVisible({ timeout: 20_000 });
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return Array.from(new Uint8Array(await (await item!.getType('image/png')).arrayBuffer()));
    });
    // The clipboard may re-encode the image: compare pixels, not bytes.
    const [a, b] = [PNG.sync.read(Buffer.from(copied)), PNG.sync.read(Buffer.from(png!.content as Uint8Array))];
    expect([a.width, a.height]).toEqual([1200, 675]);
    expect(a.data.equals(b.data)).toBe(true);
  });

  test('switching back to every company shows the build’s own view again, with its files at their addresses', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('[data-overview-controls="ready"]').waitFor();
    await page.getByRole('checkbox', { name: 'Microsoft' }).uncheck();
    await showsView(
      page,
      buildChartSpec(dataset, viewFor(dataset, 'capex', { companies: PLANNERS.filter((s) => s !== 'microsoft') })),
    );
    await expect(actionsOf(page).locator('button[data-make-file]').first()).toBeAttached();
    await page.getByRole('checkbox', { name: 'Microsoft' }).check();
    await showsView(page, buildChartSpec(dataset, viewFor(dataset, 'capex')));
    await expect(actionsOf(page).locator('a[data-format="png"]').first()).toHaveAttribute(
      'href',
      `/charts/${PLANS_SLUG}--per-year/1920x1080-light.png`,
    );
    await expect(actionsOf(page).locator('button[data-make-file]')).toHaveCount(0);
  });

  test('hostile companies give a notice, and no file made from the page carries them', async ({ page }) => {
    const evil = '<script>window.pwned=1</script>';
    await page.goto(`/?companies=${encodeURIComponent(`${evil},meta,"><img src=x>`)}`);
    await expect(page.locator('[data-notice="ignored-params"]')).toContainText('ignored: companies=');
    const spec = buildChartSpec(dataset, viewFor(dataset, 'capex', { companies: ['meta'] }));
    await showsView(page, spec);
    const actions = actionsOf(page);
    await actions.locator('summary', { hasText: 'Download' }).click();
    for (const file of VIEW_FILES.filter((f) => f.format === 'svg' || f.format === 'csv').slice(0, 2)) {
      const { name, bytes } = await download(page, actions.getByRole('button', { name: entryName(file) }));
      expect(name).toBe(`ai-capex-${spec.key}-${file.file}`);
      expect(bytes.toString('utf8')).not.toMatch(/<script|pwned|<img|onerror/);
    }
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  test('a view the build draws comes out of the browser the same: SVG and CSV bytes, PNG pixels, the PowerPoint file’s chart XML', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const manifest = JSON.parse(readFileSync('.generated/page-script.json', 'utf8')) as PageScriptManifest;
    await page.goto('/');
    for (const view of [
      viewFor(dataset, 'capex', { basis: 'total', highlight: 'meta' }),
      viewFor(dataset, 'amazon-capex'),
    ]) {
      const key = viewKey(view);
      for (const file of VIEW_FILES) {
        const made = Buffer.from(
          await page.evaluate(
            async ({ src, view, file }) => {
              const files = (await import(src)) as typeof import('../browser/on-demand/make-file');
              return Array.from(new Uint8Array(await (await files.makeFile(view, file)).blob.arrayBuffer()));
            },
            { src: manifest.onDemand.files.src, view, file: file.file },
          ),
        );
        const baked = readFileSync(`out/charts/${key}/${file.file}`);
        const what = `${key}/${file.file}`;
        if (file.format === 'png') {
          const [a, b] = [PNG.sync.read(made), PNG.sync.read(baked)];
          expect(differingShare(a, b, 0), what).toBe(0);
        } else if (file.format === 'pptx') {
          expect(await chartXml(made), what).toBe(await chartXml(baked));
        } else {
          expect(made.equals(baked), what).toBe(true);
        }
      }
    }
  });

  test('the SVG and PowerPoint files made in the browser, opened in LibreOffice, show what the PNG shows', async ({
    page,
  }) => {
    needTools('soffice', 'pdftoppm', 'pdftotext');
    test.setTimeout(240_000);
    const view = COMPOSED[1]!;
    const spec = buildChartSpec(dataset, viewFor(dataset, 'capex', view.options));
    await page.goto(`/${view.query}`);
    await showsView(page, spec);
    const actions = actionsOf(page);
    await actions.locator('summary', { hasText: 'Download' }).click();
    const get = async (file: string) =>
      (await download(page, actions.getByRole('button', { name: entryName(VIEW_FILES.find((f) => f.file === file)!) })))
        .bytes;
    const files = new Map<string, Buffer>();
    for (const theme of ['light', 'dark'])
      for (const ext of ['svg', 'png']) files.set(`${theme}.${ext}`, await get(`1920x1080-${theme}.${ext}`));
    files.set('chart.pptx', await get('chart.pptx'));
    const pdfs = libreOfficeConvert(
      [
        ...['light', 'dark'].flatMap((theme) => {
          const svg = files.get(`${theme}.svg`)!.toString('utf8');
          return [
            { name: `${theme}.svg`, content: svg },
            { name: `${theme}-marks.svg`, content: withoutText(svg) },
          ];
        }),
        { name: 'chart.pptx', content: files.get('chart.pptx')! },
      ],
      'pdf',
    );
    const { raster } = await nodeExportKit();
    for (const theme of ['light', 'dark']) {
      const png = PNG.sync.read(files.get(`${theme}.png`)!);
      // The thresholds of the baked files' check (e2e/slides.spec.ts): the whole picture within 1.5%, the marks exact.
      expect(
        differingShare(png, pdfPng(pdfs.get(`${theme}.pdf`)!, 1920, 1080)),
        `${theme}: whole picture`,
      ).toBeLessThanOrEqual(0.015);
      const marks = PNG.sync.read(
        Buffer.from(raster.png(withoutText(files.get(`${theme}.svg`)!.toString('utf8')), 1920)),
      );
      expect(
        differingShare(marks, pdfPng(pdfs.get(`${theme}-marks.pdf`)!, 1920, 1080)),
        `${theme}: marks`,
      ).toBeLessThanOrEqual(0.0001);
      const text = pdfText(pdfs.get(`${theme}.pdf`)!).replace(/\s+/g, ' ');
      for (const label of [spec.title, ...spec.rows.flatMap((r) => [r.label, r.valueLabel]), spec.sourceLine])
        expect(text, theme).toContain(label);
    }
    const slide = pdfText(pdfs.get('chart.pdf')!).replace(/\s+/g, ' ');
    for (const label of [spec.title, spec.sourceLine, ...spec.rows.flatMap((r) => [r.label, r.valueLabel])])
      expect(slide).toContain(label);
  });
});

test.describe('the charts of time, as of a day, taken away', () => {
  // How a plan moved and the quarters, on a company page as of a day between statements: drawn in the browser.
  const revised = dataset.figures.find((f) => f.kind === 'revision' && f.entity === PLANNERS[0])!;
  const company = revised.entity;
  const day = revised.stated.on;
  const year = revised.period.start!.slice(0, 4);

  for (const chart of ['plan-history', 'quarterly'] as const) {
    test(`${chart}: the files made in the browser are the build’s renderer’s, and LibreOffice opens them`, async ({
      page,
    }) => {
      needTools('soffice', 'pdftotext');
      test.setTimeout(180_000);
      const spec = buildChartSpec(dataset, viewFor(dataset, chart, { company, year, asof: day }));
      const block = `#${chart}-${company}-${year}`;
      await page.goto(`/companies/${company}?asof=${day}`);
      await expect(page.locator(`${block} .chart-variant:visible`)).toHaveAttribute('data-view-key', spec.key, {
        timeout: 20_000,
      });
      const expected = new Map(
        (await makeViewFiles(await nodeExportKit(), dataset, spec, VIEW_FILES)).map((m) => [m.file.file, m.content]),
      );
      const actions = page.locator(`${block} .chart-variant-actions:visible`);
      await actions.locator('summary', { hasText: 'Download' }).click();
      const files = new Map<string, Buffer>();
      for (const file of VIEW_FILES.filter((f) =>
        ['1920x1080-light.svg', '1200x675-dark.png', 'chart.pptx', 'data.csv'].includes(f.file),
      )) {
        const { name, bytes } = await download(page, actions.getByRole('button', { name: entryName(file) }));
        expect(name).toBe(`ai-capex-${spec.key}-${file.file}`);
        const made = expected.get(file.file)!;
        if (file.format === 'png')
          expect(PNG.sync.read(bytes).data.equals(PNG.sync.read(Buffer.from(made as Uint8Array)).data), file.file).toBe(
            true,
          );
        else if (file.format === 'pptx')
          expect(await chartXml(bytes), file.file).toBe(await chartXml(Buffer.from(made as Uint8Array)));
        else expect(bytes.toString('utf8'), file.file).toBe(made);
        files.set(file.file, bytes);
      }
      const pdfs = libreOfficeConvert(
        [
          { name: 'light.svg', content: files.get('1920x1080-light.svg')!.toString('utf8') },
          { name: 'chart.pptx', content: files.get('chart.pptx')! },
        ],
        'pdf',
      );
      for (const pdf of ['light.pdf', 'chart.pdf']) {
        const text = pdfText(pdfs.get(pdf)!).replace(/\s+/g, ' ');
        for (const label of [spec.title, ...spec.rows.map((r) => r.valueLabel)]) expect(text, pdf).toContain(label);
      }
    });
  }
});
