/** Where baked chart files live, shared by the bake script and the pages that read them. */
import path from 'node:path';

/** SVGs the pages inline at build time. */
export const BAKED_DIR = path.resolve('.generated', 'charts');

/** Published files made by the bake (copied into out/ with the rest of public/). */
export const FRAGMENTS_DIR = path.resolve('public', 'charts', 'fragments');

/** Every figure's citation card, which a page fetches when the figure's bar is first opened. */
export const CARDS_DIR = path.resolve('public', 'charts', 'cards');

export function bakedFileName(chartKey: string, layout: string): string {
  return `${chartKey}--${layout}.svg`;
}

export function bakedBodyFileName(chartKey: string): string {
  return `${chartKey}--body.html`;
}
