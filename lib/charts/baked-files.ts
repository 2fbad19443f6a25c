/** Where baked chart SVGs live, shared by the bake script and the pages that inline them. */
import path from 'node:path';

export const BAKED_DIR = path.resolve('.generated', 'charts');

export function bakedFileName(chartKey: string, layout: string): string {
  return `${chartKey}--${layout}.svg`;
}
