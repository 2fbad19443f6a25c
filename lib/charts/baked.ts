/**
 * Reads a baked chart SVG, or a variant's whole body, at build time (server
 * components only). A chart that was not baked is a build error that says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BAKED_DIR, bakedBodyFileName, bakedFileName } from './baked-files';
import type { LayoutName } from './layout';

function readBaked(fileName: string, what: string): string {
  const file = path.join(BAKED_DIR, fileName);
  if (!existsSync(file)) throw new Error(`${what} is not baked: run \`npm run bake\` (npm run build does it first).`);
  return readFileSync(file, 'utf8');
}

export function bakedChartSvg(chartKey: string, layout: LayoutName): string {
  return readBaked(bakedFileName(chartKey, layout), `Chart "${chartKey}" (${layout})`);
}

/** A variant's ChartVariantBody as static HTML, rendered once by the bake: the page inlines it, the overview's fragments are the same markup. */
export function bakedChartBody(chartKey: string): string {
  return readBaked(bakedBodyFileName(chartKey), `The body of chart "${chartKey}"`);
}
