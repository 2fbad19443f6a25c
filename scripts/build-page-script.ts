/**
 * Bundles browser/page-script.ts, the pages' only script, with esbuild into
 * public/js/page-<hash>.js, and records its name for the layout. Part of
 * `npm run bake`. The pages ship no framework runtime (lib/http/framework-runtime.ts),
 * so this is all the JavaScript a reader downloads.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PAGE_SCRIPT_DIR, PAGE_SCRIPT_MANIFEST, PAGE_SCRIPT_URL_DIR } from '../lib/generated';

export async function buildPageScript(): Promise<{ src: string; bytes: number }> {
  rmSync(PAGE_SCRIPT_DIR, { recursive: true, force: true });
  const result = await build({
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
  });
  const [file, output] = Object.entries(result.metafile.outputs)[0]!;
  const src = `${PAGE_SCRIPT_URL_DIR}/${path.basename(file)}`;
  mkdirSync(path.dirname(PAGE_SCRIPT_MANIFEST), { recursive: true });
  writeFileSync(PAGE_SCRIPT_MANIFEST, JSON.stringify({ src }));
  return { src, bytes: output.bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { src, bytes } = await buildPageScript();
  console.log(`✓ page script ${src} (${(bytes / 1024).toFixed(1)} kB minified)`);
}
