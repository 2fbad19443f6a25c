/**
 * npm run images: every file made from a baked chart, at build time —
 *  - link previews (1200×630 PNG) for the overview and each company page, into public/og/;
 *  - slide exports of every exportable chart: PNG and SVG at 1920×1080 and
 *    1200×675, light and dark, a PowerPoint file with the chart as a native
 *    chart, the chart's CSV and its oEmbed response, into public/charts/<key>/;
 *  - one PowerPoint deck with every chart.
 * Which charts and views: lib/charts/variants.ts, from the registry. All from the
 * same spec and the same Recharts renderer as the page's chart.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DECK_PATH, EXPORT_SIZES, EXPORT_THEMES, chartCsvPath, chartPptxPath, exportDir, exportImagePath } from '@/lib/charts/export-paths';
import { oembedPath, oembedResponse } from '@/lib/charts/oembed';
import { buildChartSpec } from '@/lib/charts/registry';
import { PREVIEW_SIZE, chartVariants, deckVariants, linkPreviews } from '@/lib/charts/variants';
import type { Dataset } from '@/lib/dataset/schema';
import { loadDataset } from '@/lib/dataset/load';
import { formatProblems } from '@/lib/dataset/problems';
import { datasetDir } from '@/lib/dataset/run-check';
import { chartCsv } from '@/lib/downloads/chart-csv';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { exportChartMarkup, svgToPng, themed } from './lib/export-chart';
import { pptxFor } from './lib/export-pptx';

function write(publicPath: string, content: string | Buffer): void {
  const file = path.join('public', publicPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function makePreviews(dataset: Dataset): Promise<number> {
  rmSync(path.join('public', 'og'), { recursive: true, force: true });
  let count = 0;
  for (const image of linkPreviews()) {
    const spec = buildChartSpec(dataset, image.variant.id, image.variant.options);
    write(image.path, svgToPng(themed(await exportChartMarkup(spec, 'preview'), 'light'), PREVIEW_SIZE.width));
    count++;
  }
  return count;
}

async function makeExports(dataset: Dataset): Promise<number> {
  const charts = chartVariants();
  for (const chart of charts) rmSync(path.join('public', exportDir(chart.key)), { recursive: true, force: true });

  let count = 0;
  for (const chart of charts) {
    const spec = buildChartSpec(dataset, chart.id, chart.options);
    write(chartCsvPath(chart.key), chartCsv(spec));
    // One slide drawing (1920×1080 user units) for both sizes: the small one is the same slide, scaled.
    const markup = await exportChartMarkup(spec, 'slide');
    for (const size of EXPORT_SIZES) {
      for (const theme of EXPORT_THEMES) {
        const svg = themed(markup, theme, size);
        write(exportImagePath(chart.key, size, theme, 'png'), svgToPng(svg, size.width));
        write(exportImagePath(chart.key, size, theme, 'svg'), svg);
      }
    }
    write(chartPptxPath(chart.key), await pptxFor([spec], spec.title));
    write(oembedPath(chart.key), JSON.stringify(oembedResponse(spec, { name: SITE_NAME, absoluteUrl })));
    count += 3 + EXPORT_SIZES.length * EXPORT_THEMES.length * 2;
  }
  const deck = deckVariants().map((c) => buildChartSpec(dataset, c.id, c.options));
  write(DECK_PATH, await pptxFor(deck, 'AI Capex 2025: every chart'));
  return count + 1;
}

async function main(): Promise<number> {
  const started = performance.now();
  const { dataset, problems } = loadDataset(datasetDir());
  if (!dataset) {
    console.error(formatProblems(problems));
    return 1;
  }
  const previews = await makePreviews(dataset);
  const exports = await makeExports(dataset);
  console.log(`✓ made ${previews} link previews and ${exports} chart exports in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ image making failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
