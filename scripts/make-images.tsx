/**
 * npm run images: the PNGs made from baked charts — link previews (1200×630)
 * for the overview and each company page, into public/og/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PREVIEW_SIZE, previewImages } from '@/lib/charts/images';
import { buildChartSpec } from '@/lib/charts/spec';
import { loadDataset } from '@/lib/dataset/load';
import { formatProblems } from '@/lib/dataset/problems';
import { datasetDir } from '@/lib/dataset/run-check';
import { exportChartSvg, svgToPng } from './lib/export-chart';

async function main(): Promise<number> {
  const started = performance.now();
  const { dataset, problems } = loadDataset(datasetDir());
  if (!dataset) {
    console.error(formatProblems(problems));
    return 1;
  }
  rmSync(path.join('public', 'og'), { recursive: true, force: true });
  let count = 0;
  for (const image of previewImages()) {
    const spec = buildChartSpec(dataset, image.chart, image.options);
    const svg = await exportChartSvg(spec, { ...PREVIEW_SIZE, theme: 'light', asOf: dataset.meta.asOf, embedFonts: false });
    const file = path.join('public', image.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, svgToPng(svg, PREVIEW_SIZE.width));
    count++;
  }
  console.log(`✓ made ${count} images in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ image making failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
