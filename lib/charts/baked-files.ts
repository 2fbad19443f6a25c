/** Where baked chart files live, shared by the bake script and the pages that read them. */
import path from 'node:path';

/** SVGs the pages inline at build time. */
export const BAKED_DIR = path.resolve('.generated', 'charts');

/** Published files made by the bake (copied into out/ with the rest of public/). */
export const FRAGMENTS_DIR = path.resolve('public', 'charts', 'fragments');

export function bakedFileName(chartKey: string, layout: string): string {
  return `${chartKey}--${layout}.svg`;
}
