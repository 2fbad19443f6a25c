/**
 * Reads a baked chart SVG at build time (server components only). A chart
 * that was not baked is a build error that says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BAKED_DIR, bakedFileName } from './baked-files';
import type { LayoutName } from './layout';

export function bakedChartSvg(chartKey: string, layout: LayoutName): string {
  const file = path.join(BAKED_DIR, bakedFileName(chartKey, layout));
  if (!existsSync(file)) {
    throw new Error(`Chart "${chartKey}" (${layout}) is not baked: run \`npm run bake\` (npm run build does it first).`);
  }
  return readFileSync(file, 'utf8');
}
