/**
 * Prepares the edge host's bundle inputs (wrangler bundles edge/worker.ts itself, mapping the virtual modules
 * named in wrangler.toml to these files):
 *  - .generated/edge/assets.js: the module naming resvg's WebAssembly and the export font's files, which
 *    wrangler's module rules load as a compiled module and as bytes, and the build's hash;
 *  - .generated/edge/theme-tokens.json: the colour tokens of app/globals.css, parsed as the browser bundle's are.
 * The build's hash covers its pages and the dataset: a cached drawing is keyed on it (edge/cache.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_FONT_FILES } from '@/lib/export-font';
import { parseThemeTokens } from '@/lib/theme/tokens';
import { BUNDLED_DATASET } from '@/server/generated';

export const EDGE_DIR = path.resolve('.generated', 'edge');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A hash of what the edge draws from: the built pages and the dataset. */
export function buildHash(outDir = 'out'): string {
  const hash = createHash('sha256');
  for (const file of [...htmlFiles(outDir), BUNDLED_DATASET]) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export function prepareEdge(outDir = 'out'): void {
  mkdirSync(EDGE_DIR, { recursive: true });
  const from = (file: string) => JSON.stringify(path.relative(EDGE_DIR, path.resolve(file)));
  const wasm = path.join('node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm');
  writeFileSync(
    path.join(EDGE_DIR, 'assets.js'),
    [
      '// Written by scripts/build-edge.ts: what edge/ imports as Worker modules (renderer/hosts/edge-assets.d.ts).',
      `import resvg from ${from(wasm)};`,
      `import arimo400 from ${from(EXPORT_FONT_FILES[400])};`,
      `import arimo700 from ${from(EXPORT_FONT_FILES[700])};`,
      `export const build = ${JSON.stringify(buildHash(outDir))};`,
      'export { resvg, arimo400, arimo700 };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(EDGE_DIR, 'theme-tokens.json'),
    JSON.stringify(parseThemeTokens(readFileSync('app/globals.css', 'utf8'))),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) prepareEdge();
