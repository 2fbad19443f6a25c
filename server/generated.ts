/**
 * Where the build's generated files live, apart from the tracked sources, and
 * how server components read them at build time (Node only). Generated:
 *  - .generated/: the baked views' parts that pages inline, the dataset and
 *    the export font the on-demand renderer is bundled with, the page
 *    script's manifest (never published);
 *  - public/charts/, public/og/, public/js/, public/changelog.atom: published as they are, ignored by git;
 *    the rest of public/ is tracked and served as it is.
 * A file that is missing is a build error that says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ViewParts } from '@/renderer/view-parts';

/** Each baked view's parts (title, body, actions), which pages inline at build time. */
export const VIEWS_DIR = path.resolve('.generated', 'views');
/** Every figure's citation card, which a page fetches when the figure's bar is first opened. */
export const CARDS_DIR = path.resolve('public', 'charts', 'cards');
/** The validated dataset, as the on-demand renderer is bundled with it. */
export const BUNDLED_DATASET = path.resolve('.generated', 'dataset.json');
/** esbuild writes the page script and the on-demand renderer here, hashed. */
export const PAGE_SCRIPT_DIR = path.resolve('public', 'js');
/** The URL path of that folder. */
export const PAGE_SCRIPT_URL_DIR = '/js';
/** Records the page script's URL path ("/js/page-3KQ2JX4M.js") and the on-demand renderer's entry points. */
export const PAGE_SCRIPT_MANIFEST = path.resolve('.generated', 'page-script.json');

/** A baked view's parts; a pinned release's (its embeds, drawn from its archive) in a folder of their own. */
export function viewPartsFile(chartKey: string, pinnedVersion?: string): string {
  return pinnedVersion
    ? path.join(VIEWS_DIR, 'v', pinnedVersion, `${chartKey}.json`)
    : path.join(VIEWS_DIR, `${chartKey}.json`);
}

function readGenerated(file: string, what: string, command: string): string {
  if (!existsSync(file))
    throw new Error(`${what} is not built: run \`${command}\` (npm run build and npm run dev do it first).`);
  return readFileSync(file, 'utf8');
}

/** A baked view's parts, as the bake rendered them: the page inlines them, and the browser fetches the same for a view it switches to. */
export function bakedViewParts(chartKey: string, pinnedVersion?: string): ViewParts {
  return JSON.parse(
    readGenerated(viewPartsFile(chartKey, pinnedVersion), `The view "${chartKey}"`, 'npm run bake'),
  ) as ViewParts;
}

/** The renderer's files for drawing a view (its entry and the chunks it imports), which the first-paint script starts fetching for an address that asks for a view the build did not draw. */
export function viewRendererFiles(): string[] {
  const manifest = JSON.parse(readGenerated(PAGE_SCRIPT_MANIFEST, 'The page script', 'npm run page-script')) as {
    onDemand: { view: { src: string; chunks: string[] } };
  };
  return [manifest.onDemand.view.src, ...manifest.onDemand.view.chunks];
}

/** The page script's hashed URL path, read when a page renders (so `npm run dev` picks up a rebuilt script). */
export function pageScriptSrc(): string {
  return (JSON.parse(readGenerated(PAGE_SCRIPT_MANIFEST, 'The page script', 'npm run page-script')) as { src: string })
    .src;
}
