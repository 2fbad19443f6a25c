/**
 * Bundles browser/page-script.ts, the pages' only script, with esbuild into
 * public/js/page-<hash>.js, and records its name for the layout. Part of
 * `npm run build`; `npm run dev` runs the same build in watch mode
 * (scripts/dev.ts). The pages ship no framework runtime
 * (lib/http/framework-runtime.ts), so this is all the JavaScript a reader downloads.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BuildOptions, type Metafile, build } from 'esbuild';
import { PAGE_SCRIPT_DIR, PAGE_SCRIPT_MANIFEST, PAGE_SCRIPT_URL_DIR } from '../lib/generated';

export const PAGE_SCRIPT_BUILD: BuildOptions & { metafile: true } = {
  entryPoints: { page: 'browser/page-script.ts' },
  entryNames: '[name]-[hash]',
  outdir: PAGE_SCRIPT_DIR,
  bundle: true,
  format: 'esm',
  // The browsers Next 16 supports.
  target: ['chrome111', 'edge111', 'firefox111', 'safari16.4'],
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/** Records the bundle's URL for the layout, and removes earlier bundles. */
export function recordPageScript(metafile: Metafile): { src: string; bytes: number } {
  const [file, output] = Object.entries(metafile.outputs)[0]!;
  const name = path.basename(file);
  for (const old of readdirSync(PAGE_SCRIPT_DIR)) if (old !== name) rmSync(path.join(PAGE_SCRIPT_DIR, old));
  const src = `${PAGE_SCRIPT_URL_DIR}/${name}`;
  mkdirSync(path.dirname(PAGE_SCRIPT_MANIFEST), { recursive: true });
  writeFileSync(PAGE_SCRIPT_MANIFEST, JSON.stringify({ src }));
  return { src, bytes: output.bytes };
}

export async function buildPageScript(): Promise<{ src: string; bytes: number }> {
  rmSync(PAGE_SCRIPT_DIR, { recursive: true, force: true });
  const result = await build(PAGE_SCRIPT_BUILD);
  return recordPageScript(result.metafile);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { src, bytes } = await buildPageScript();
  console.log(`✓ page script ${src} (${(bytes / 1024).toFixed(1)} kB minified)`);
}
