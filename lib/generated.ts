/**
 * Where the build's generated files live, apart from the tracked sources, and
 * how server components read them at build time (Node only). Generated:
 *  - .generated/: baked chart SVGs and bodies that pages inline, the page
 *    script's manifest (never published);
 *  - public/charts/, public/og/, public/js/: published as they are, ignored by git;
 *    the rest of public/ is tracked and served as it is.
 * A file that is missing is a build error that says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Baked SVGs and chart bodies the pages inline at build time. */
export const BAKED_DIR = path.resolve('.generated', 'charts');
/** The overview's views of each subset of companies, fetched by the page script. */
export const FRAGMENTS_DIR = path.resolve('public', 'charts', 'fragments');
/** Every figure's citation card, which a page fetches when the figure's bar is first opened. */
export const CARDS_DIR = path.resolve('public', 'charts', 'cards');
/** esbuild writes the page script here, hashed. */
export const PAGE_SCRIPT_DIR = path.resolve('public', 'js');
/** The URL path of that folder. */
export const PAGE_SCRIPT_URL_DIR = '/js';
/** Records the current page script's URL path, e.g. "/js/page-3KQ2JX4M.js". */
export const PAGE_SCRIPT_MANIFEST = path.resolve('.generated', 'page-script.json');

export function bakedFileName(chartKey: string, layout: string): string {
  return `${chartKey}--${layout}.svg`;
}

export function bakedBodyFileName(chartKey: string): string {
  return `${chartKey}--body.html`;
}

function readGenerated(file: string, what: string, command: string): string {
  if (!existsSync(file)) throw new Error(`${what} is not built: run \`${command}\` (npm run build and npm run dev do it first).`);
  return readFileSync(file, 'utf8');
}

export function bakedChartSvg(chartKey: string, layout: string): string {
  return readGenerated(path.join(BAKED_DIR, bakedFileName(chartKey, layout)), `Chart "${chartKey}" (${layout})`, 'npm run bake');
}

/** A variant's ChartVariantBody as static HTML, rendered once by the bake: the page inlines it, the overview's fragments are the same markup. */
export function bakedChartBody(chartKey: string): string {
  return readGenerated(path.join(BAKED_DIR, bakedBodyFileName(chartKey)), `The body of chart "${chartKey}"`, 'npm run bake');
}

/** The page script's hashed URL path, read when a page renders (so `npm run dev` picks up a rebuilt script). */
export function pageScriptSrc(): string {
  return (JSON.parse(readGenerated(PAGE_SCRIPT_MANIFEST, 'The page script', 'npm run page-script')) as { src: string }).src;
}
