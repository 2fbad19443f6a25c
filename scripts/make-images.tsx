/**
 * npm run images: every file made from a baked chart, at build time —
 *  - link previews (1200×630 PNG) for the overview and each company page, into public/og/;
 *  - slide exports of every exportable chart: PNG and SVG at 1920×1080 and
 *    1200×675, light and dark, plus the chart's CSV, into public/charts/<key>/.
 * All from the same spec and the same Recharts renderer as the page's chart.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_SIZES, EXPORT_THEMES, chartCsvPath, exportDir, exportImagePath, exportableCharts } from '@/lib/charts/exports';
import { PREVIEW_SIZE, previewImages } from '@/lib/charts/images';
import { buildChartSpec } from '@/lib/charts/spec';
import type { Dataset } from '@/lib/dataset/schema';
import { loadDataset } from '@/lib/dataset/load';
import { formatProblems } from '@/lib/dataset/problems';
import { datasetDir } from '@/lib/dataset/run-check';
import { chartCsv } from '@/lib/downloads/chart-csv';
import { exportChartMarkup, exportChartSvg, svgToPng, themed } from './lib/export-chart';
import { embeddedFontFaces } from './lib/fonts';

function write(publicPath: string, content: string | Buffer): void {
  const file = path.join('public', publicPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function makePreviews(dataset: Dataset): Promise<number> {
  rmSync(path.join('public', 'og'), { recursive: true, force: true });
  let count = 0;
  for (const image of previewImages()) {
    const spec = buildChartSpec(dataset, image.chart, image.options);
    const svg = await exportChartSvg(spec, { ...PREVIEW_SIZE, theme: 'light', asOf: dataset.meta.asOf });
    write(image.path, svgToPng(svg, PREVIEW_SIZE.width));
    count++;
  }
  return count;
}

async function makeExports(dataset: Dataset): Promise<number> {
  const charts = exportableCharts();
  for (const chart of charts) rmSync(path.join('public', exportDir(chart.key)), { recursive: true, force: true });

  // Lay out every chart at every size first, so the embedded fonts can be cut down to the characters they use.
  const framed = [];
  for (const chart of charts) {
    const spec = buildChartSpec(dataset, chart.id, chart.options);
    write(chartCsvPath(chart.key), chartCsv(dataset, spec));
    for (const size of EXPORT_SIZES) {
      framed.push({ key: chart.key, size, markup: await exportChartMarkup(spec, { ...size, asOf: dataset.meta.asOf }) });
    }
  }
  const fontFaces = await embeddedFontFaces(framed.map((f) => f.markup).join(''));

  let count = charts.length;
  for (const { key, size, markup } of framed) {
    for (const theme of EXPORT_THEMES) {
      write(exportImagePath(key, size, theme, 'png'), svgToPng(themed(markup, theme), size.width));
      write(exportImagePath(key, size, theme, 'svg'), themed(markup, theme, fontFaces));
      count += 2;
    }
  }
  return count;
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
