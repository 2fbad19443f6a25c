/**
 * Where the pages' one script is built to, and how a page finds its hashed
 * name at build time (server components only). Hashed, so it is cached for a
 * year like Next's own assets; a page built before it is a build error that
 * says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** esbuild writes the bundle here; public/ is copied into out/. */
export const PAGE_SCRIPT_DIR = path.resolve('public', 'js');
/** The URL path of that folder. */
export const PAGE_SCRIPT_URL_DIR = '/js';
/** Records the current bundle's URL path, e.g. "/js/page-3KQ2JX4M.js". */
export const PAGE_SCRIPT_MANIFEST = path.resolve('.generated', 'page-script.json');

export function pageScriptSrc(): string {
  if (!existsSync(PAGE_SCRIPT_MANIFEST)) throw new Error('The page script is not built: run `npm run page-script` (npm run build does it first).');
  return (JSON.parse(readFileSync(PAGE_SCRIPT_MANIFEST, 'utf8')) as { src: string }).src;
}
