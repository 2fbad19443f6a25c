/**
 * npm run bake: renders every chart variant the site shows, at both page
 * sizes, into .generated/charts/ (pages inline these SVGs, so every chart is
 * in the HTML before any JavaScript runs), and the overview's views of each
 * subset of companies as HTML fragments into public/charts/fragments/, which
 * the page fetches when the URL asks for them, and every figure's citation card
 * into public/charts/cards/, which a page fetches when a bar is first opened
 * (shipping every card hidden in every page cost the largest page ~20% of its
 * main-thread work). Exports are made from the same SVGs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartVariantBody } from '@/components/baked/ChartVariantBody';
import { CitationCard } from '@/components/baked/CitationCard';
import { cardPath, fragmentPath } from '@/lib/charts/keys';
import { LAYOUTS } from '@/lib/charts/layout';
import { buildChartSpec } from '@/lib/charts/registry';
import { chartVariants, subsetVariants } from '@/lib/charts/variants';
import { BAKED_DIR, CARDS_DIR, FRAGMENTS_DIR, bakedBodyFileName, bakedFileName } from '@/lib/generated';
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
  for (const dir of [BAKED_DIR, FRAGMENTS_DIR, CARDS_DIR]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  const pageSpecs = chartVariants().map((v) => buildChartSpec(dataset, v.id, v.options));
  const subsetSpecs = subsetVariants().map((v) => buildChartSpec(dataset, v.id, v.options));
  let svgs = 0;
  for (const spec of [...pageSpecs, ...subsetSpecs]) {
    for (const layout of [LAYOUTS.wide, LAYOUTS.narrow]) {
      writeFileSync(path.join(BAKED_DIR, bakedFileName(spec.key, layout.name)), await renderChartSvg(spec, layout));
      svgs++;
    }
  }
  // The pages inline each variant's body as static HTML; subsets are published for the browser to fetch.
  for (const spec of pageSpecs) {
    writeFileSync(path.join(BAKED_DIR, bakedBodyFileName(spec.key)), renderToStaticMarkup(<ChartVariantBody spec={spec} />));
  }
  for (const spec of subsetSpecs) {
    const file = path.join('public', fragmentPath(spec.key));
    writeFileSync(file, renderToStaticMarkup(<ChartVariantBody spec={spec} />));
  }
  for (const f of dataset.figures) {
    writeFileSync(path.join('public', cardPath(f.id)), renderToStaticMarkup(<CitationCard figureId={f.id} />));
  }
  console.log(
    `✓ baked ${svgs} chart SVGs, ${subsetSpecs.length} view fragments and ${dataset.figures.length} citation cards in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ chart baking failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
