/**
 * Slides that work in the room: the exported SVGs drawn by the software people
 * put them in (librsvg, LibreOffice's import, which behaves much like
 * PowerPoint's) match the PNG export; the PowerPoint files hold native charts
 * whose data is the chart spec's, with every quote in the speaker notes.
 * Reads the built site in out/ (npm test builds it first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  EXPORT_SIZES,
  deckPath,
  EXPORT_THEMES,
  chartPptxPath,
  exportImagePath,
} from '../lib/charts/exports/export-paths';
import { buildChartSpec } from '../lib/charts/model/spec';
import { latestPlanYear } from '@/server/data';
import { bakedViews, deckViews } from '../lib/charts/model/baked-views';
import { viewKey } from '../lib/charts/model/keys';
import { formatDate } from '../lib/dataset/labels';
import {
  differingShare,
  expectPlainSvg11,
  libreOfficeConvert,
  pdfPng,
  pdfText,
  rsvgPng,
  withoutText,
} from './support/office';
import { needTools } from './support/system-tools';
import { barsOf, expectChartMatchesSpec, readDeck } from './support/pptx';
import { PLANS_SLUG, dataset } from './helpers';

const OUT = 'out';
const charts = bakedViews(dataset).map((view) => ({ key: viewKey(view), spec: buildChartSpec(dataset, view) }));
/**
 * A view of each kind the renderer draws differently: each chart, each basis, plain and highlighted (dimmed
 * rows). Other companies and years of a kind are the same drawing of other data; every file is still checked
 * as plain SVG 1.1, and read back from PowerPoint, below.
 */
const kinds = charts.filter(
  (c, i, all) =>
    all.findIndex(
      (o) =>
        o.spec.view.chart === c.spec.view.chart &&
        o.spec.view.options.basis === c.spec.view.options.basis &&
        !o.spec.view.options.highlight === !c.spec.view.options.highlight,
    ) === i,
);
const file = (publicPath: string) => path.join(OUT, publicPath);
const png = (publicPath: string) => PNG.sync.read(readFileSync(file(publicPath)));
/** Renders the text-free SVG with the exporter's own renderer, for the marks-only comparison. */
const resvgPng = async (svg: string, width: number) => {
  const { nodeExportKit } = await import('../renderer/hosts/node');
  return PNG.sync.read(Buffer.from((await nodeExportKit()).raster.png(svg, width)));
};

/*
 * Thresholds, measured on this build and set with room for renderer versions, not for defects:
 *  - the whole picture, librsvg: ≤ 0.1% of pixels (measured 0.000%: same geometry, Arimo and Liberation Sans share metrics);
 *  - the whole picture, LibreOffice: ≤ 1.5% (measured 0.5–0.9%): the text is placed identically, but
 *    glyph edges rasterised through PDF by poppler differ from resvg's;
 *  - the marks alone (every <text> removed), both: ≤ 0.01% (measured 0): bars, colours, ranges,
 *    hatching and markers must not differ. The smallest mark it guards, the 2024-capex line on Amazon's
 *    bar, is ~280 px of 2 million at 1920×1080; a black box over a row or a faded bar is tens of thousands.
 */
const WHOLE = { rsvg: 0.001, libreoffice: 0.015 };
const MARKS = 0.0001;

test.describe('exported SVGs, as other software draws them', () => {
  test('are plain SVG 1.1: no CSS, no variables, no transparent paint, no opacity to fade, nothing interactive', () => {
    for (const c of charts) {
      for (const size of EXPORT_SIZES) {
        for (const theme of EXPORT_THEMES) {
          const href = exportImagePath(c.key, size, theme, 'svg');
          expectPlainSvg11(readFileSync(file(href), 'utf8'), size, href);
        }
      }
    }
  });

  // One test per kind of view, so the two workers share the drawing and comparing.
  for (const c of kinds) {
    test(`${c.key}: drawn by librsvg, matches its PNG export at both sizes and in both themes, its marks exactly`, async () => {
      needTools('rsvg-convert');
      for (const size of EXPORT_SIZES) {
        for (const theme of EXPORT_THEMES) {
          const svg = readFileSync(file(exportImagePath(c.key, size, theme, 'svg')), 'utf8');
          const share = differingShare(png(exportImagePath(c.key, size, theme, 'png')), rsvgPng(svg, size.width));
          expect(share, `${size.width} ${theme}: whole picture`).toBeLessThanOrEqual(WHOLE.rsvg);
          if (size === EXPORT_SIZES[0]) {
            const marks = withoutText(svg);
            expect(
              differingShare(await resvgPng(marks, size.width), rsvgPng(marks, size.width)),
              `${theme}: marks`,
            ).toBeLessThanOrEqual(MARKS);
          }
        }
      }
    });
  }

  test('a sample imported by LibreOffice (overview, a highlight, an Amazon chart; light and dark) matches the PNG, text and marks', async () => {
    needTools('soffice', 'pdftoppm', 'pdftotext');
    test.setTimeout(240_000);
    const size = EXPORT_SIZES[0];
    const sample = charts.filter((c) =>
      [`${PLANS_SLUG}--per-year`, `${PLANS_SLUG}--total--highlight-meta`, 'amazon-capex'].includes(c.key),
    );
    expect(sample).toHaveLength(3);
    const files = sample.flatMap((c) =>
      EXPORT_THEMES.flatMap((theme) => {
        const svg = readFileSync(file(exportImagePath(c.key, size, theme, 'svg')), 'utf8');
        return [
          { name: `${c.key}-${theme}.svg`, content: svg },
          { name: `${c.key}-${theme}-marks.svg`, content: withoutText(svg) },
        ];
      }),
    );
    const pdfs = libreOfficeConvert(files, 'pdf');
    for (const c of sample) {
      for (const theme of EXPORT_THEMES) {
        const name = `${c.key}-${theme}`;
        const whole = pdfs.get(`${name}.pdf`)!;
        const share = differingShare(
          png(exportImagePath(c.key, size, theme, 'png')),
          pdfPng(whole, size.width, size.height),
        );
        expect(share, `${name}: whole picture`).toBeLessThanOrEqual(WHOLE.libreoffice);
        const marks = withoutText(readFileSync(file(exportImagePath(c.key, size, theme, 'svg')), 'utf8'));
        const marksShare = differingShare(
          await resvgPng(marks, size.width),
          pdfPng(pdfs.get(`${name}-marks.pdf`)!, size.width, size.height),
        );
        expect(marksShare, `${name}: marks`).toBeLessThanOrEqual(MARKS);
        // Text stays text: LibreOffice reads every label, the source line and the footer.
        const text = pdfText(whole).replace(/\s+/g, ' ');
        for (const label of [
          c.spec.title,
          ...c.spec.rows.map((r) => r.label),
          ...c.spec.rows.map((r) => r.valueLabel),
          c.spec.sourceLine,
        ])
          expect(text, name).toContain(label);
        expect(text).toContain(`Data as of ${formatDate(c.spec.asOf)}, v${c.spec.version} · `);
      }
    }
  });
});

test.describe('PowerPoint files', () => {
  test('every chart’s .pptx holds one native chart whose data, labels, alt text and notes are the spec’s', async () => {
    const stamp = JSON.parse(readFileSync('.next/static-export-complete', 'utf8')) as { siteUrl: string };
    const kit = await (await import('../renderer/hosts/node')).nodeExportKit();
    const { framedSpec } = await import('../renderer/export-svg');
    for (const c of charts) {
      const [slide, ...more] = await readDeck(readFileSync(file(chartPptxPath(c.key))));
      expect(more, c.key).toHaveLength(0);
      // As the slide holds it: a view too tall for it keeps its largest companies whole (lib/charts/geometry/fit.ts).
      expectChartMatchesSpec(slide!, framedSpec(kit, dataset, c.spec, 'slide'), c.key);
      expect(slide!.slideText).toContain(
        `${stamp.siteUrl}${c.spec.permalink}`.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1'),
      );
    }
  });

  test('the deck holds every chart, one slide each, in the site’s order', async () => {
    const deck = await readDeck(readFileSync(file(deckPath(latestPlanYear()))));
    const specs = deckViews(dataset, latestPlanYear()).map((view) => buildChartSpec(dataset, view));
    expect(deck.map((s) => s.slideText.slice(0, 40))).toHaveLength(specs.length);
    const kit = await (await import('../renderer/hosts/node')).nodeExportKit();
    const { framedSpec } = await import('../renderer/export-svg');
    specs.forEach((spec, i) =>
      expectChartMatchesSpec(deck[i]!, framedSpec(kit, dataset, spec, 'slide'), `deck slide ${i + 1}`),
    );
  });

  test('the overview slide, rendered by LibreOffice, shows its title, source line and every value label', () => {
    needTools('soffice', 'pdftotext');
    test.setTimeout(120_000);
    const overview = charts.find((c) => c.key === `${PLANS_SLUG}--per-year`)!;
    const pdfs = libreOfficeConvert(
      [{ name: 'overview.pptx', content: readFileSync(file(chartPptxPath(overview.key))) }],
      'pdf',
    );
    const text = pdfText(pdfs.get('overview.pdf')!).replace(/\s+/g, ' ');
    for (const expected of [
      overview.spec.title,
      overview.spec.sourceLine,
      ...barsOf(overview.spec).map((b) => b.value.valueLabel),
    ]) {
      expect(text).toContain(expected);
    }
    for (const r of overview.spec.rows) expect(text).toContain(r.label);
  });
});

test.describe('CSV downloads in a spreadsheet', () => {
  const csvs = () => [
    ...charts.map((c) => `/charts/${c.key}/data.csv`),
    '/data/figures.csv',
    '/data/citations.csv',
    '/data/sources.csv',
  ];

  test('every CSV starts with a UTF-8 byte-order mark', () => {
    for (const href of csvs()) expect(readFileSync(file(href)).subarray(0, 3).toString('hex'), href).toBe('efbbbf');
  });

  test('opens in LibreOffice Calc with its curly quotes and middle dots intact, because of the byte-order mark', () => {
    needTools('soffice');
    test.setTimeout(120_000);
    const original = readFileSync(file('/charts/amazon-capex/data.csv'));
    // Calc's Text Import dialog (what opening a CSV shows) preselects UTF-8 when the file starts with the
    // UTF-8 byte-order mark, and the system's ANSI code page (Windows-1252 here) when it does not
    // (sc/source/ui/dbgui/scuiasciiopt.cxx). Headless Calc has no dialog, so the test makes the same choice.
    const charsetCalcPicks = (bytes: Buffer) => (bytes.subarray(0, 3).toString('hex') === 'efbbbf' ? '76' : '1');
    const open = (name: string, bytes: Buffer) =>
      readFileSync(
        libreOfficeConvert(
          [{ name, content: bytes }],
          'csv:Text - txt - csv (StarCalc):44,34,76',
          `CSV:44,34,${charsetCalcPicks(bytes)}`,
        ).get(name)!,
        'utf8',
      );
    const withBom = open('with-bom.csv', original);
    expect(withBom).toContain('Amazon’s capital expenditure');
    expect(withBom).toContain('Reported · spent in the year');
    expect(withBom).toContain('“Multiplying that quarterly spend by four gets a cool $105.2 billion.”');
    // The same bytes without the mark are read as Windows-1252: the defect this fixes.
    const withoutBom = open('without-bom.csv', original.subarray(3));
    expect(withoutBom).toContain('Amazonâ€™s');
    expect(withoutBom).not.toContain('Amazon’s');
  });
});

test.describe('exports say where they come from', () => {
  test('a build for a SITE_URL leaves no localhost anywhere in out/, slides included', async () => {
    const stamp = JSON.parse(readFileSync('.next/static-export-complete', 'utf8')) as { siteUrl: string };
    expect(stamp.siteUrl, 'npm test builds with SITE_URL set').not.toMatch(/localhost|127\.0\.0\.1/);
    const offenders: string[] = [];
    for (const name of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(OUT, name);
      if (
        /\.(html|xml|txt|json|csv|svg|js|css|webmanifest)$|_headers$/.test(name) &&
        readFileSync(full, 'utf8').includes('localhost')
      )
        offenders.push(name);
      if (name.endsWith('.pptx')) {
        const zip = await JSZip.loadAsync(readFileSync(full));
        for (const part of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
          if ((await zip.file(part)!.async('string')).includes('localhost')) offenders.push(`${name} › ${part}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('every slide image carries the view’s permalink, the dataset’s date and its version', () => {
    const stamp = JSON.parse(readFileSync('.next/static-export-complete', 'utf8')) as { siteUrl: string };
    const host = stamp.siteUrl.replace(/^https?:\/\//, '');
    for (const c of charts) {
      const svg = readFileSync(file(exportImagePath(c.key, EXPORT_SIZES[0], 'light', 'svg')), 'utf8');
      const link = `${host}${c.spec.permalink === '/' ? '' : c.spec.permalink}`;
      expect(svg, c.key).toContain(
        `Data as of ${formatDate(c.spec.asOf)}, v${c.spec.version} · ${link.replace(/&/g, '&amp;')}</text>`,
      );
    }
  });
});
