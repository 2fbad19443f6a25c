/**
 * npm run bake: renders every chart variant the pages show, at both page
 * sizes, into .generated/charts/. Pages inline these SVGs, so every chart is
 * in the HTML before any JavaScript runs; the exports are made from them too.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BAKED_DIR, bakedFileName } from '@/lib/charts/baked-files';
import { pageChartVariants } from '@/lib/charts/catalog';
import { LAYOUTS } from '@/lib/charts/layout';
import { buildChartSpec } from '@/lib/charts/spec';
import { loadDataset } from '@/lib/dataset/load';
import { formatProblems } from '@/lib/dataset/problems';
import { datasetDir } from '@/lib/dataset/run-check';
import { renderChartSvg } from './lib/render-svg';

async function main(): Promise<number> {
  const started = performance.now();
  const { dataset, problems } = loadDataset(datasetDir());
  if (!dataset) {
    console.error(formatProblems(problems));
    return 1;
  }
  rmSync(BAKED_DIR, { recursive: true, force: true });
  mkdirSync(BAKED_DIR, { recursive: true });
  let count = 0;
  for (const variant of pageChartVariants()) {
    const spec = buildChartSpec(dataset, variant.id, variant.options);
    for (const layout of [LAYOUTS.wide, LAYOUTS.narrow]) {
      writeFileSync(path.join(BAKED_DIR, bakedFileName(spec.key, layout.name)), await renderChartSvg(spec, layout, true));
      count++;
    }
  }
  console.log(`✓ baked ${count} chart SVGs into ${path.relative(process.cwd(), BAKED_DIR)}/ in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ chart baking failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
