/**
 * Bundles the browser's code with esbuild into public/js/, content-hashed:
 *  - what is loaded on demand: the renderer (browser/on-demand/), three entries
 *    (draw a view, make its files, write its citation) sharing chunks (React,
 *    Recharts), with the resvg WebAssembly and the export font as files; and
 *    the citation cards (browser/citation-cards.ts), loaded on first use, and a
 *    page as of a day (browser/as-of.ts), loaded when the address asks for one;
 *  - the page script (browser/page-script.ts), the pages' only script, with
 *    the renderer's addresses written in.
 * It records both for the layout and the bench. Part of `npm run build`;
 * `npm run dev` runs the same builds in watch mode (scripts/dev.ts). The pages
 * ship no framework runtime (lib/html/strip-framework-runtime.ts), so this is all the
 * JavaScript a reader downloads: the page script on every page, the renderer
 * only when they ask for a view the build did not draw.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BuildOptions, type Metafile, type Plugin, build } from 'esbuild';
import { viewVocabulary } from '@/lib/dataset/query';
import type { Dataset } from '@/lib/dataset/schema';
import { SITE_URL } from '@/lib/site';
import { parseThemeTokens } from '@/lib/theme/tokens';
import type { Vocabulary } from '@/lib/url/params';
import { BUNDLED_DATASET, PAGE_SCRIPT_DIR, PAGE_SCRIPT_MANIFEST, PAGE_SCRIPT_URL_DIR } from '@/server/generated';

/** The browsers Next 16 supports. */
const TARGET = ['chrome111', 'edge111', 'firefox111', 'safari16.4'];

export const ON_DEMAND_ENTRIES = {
  view: 'browser/on-demand/render-view.ts',
  files: 'browser/on-demand/make-file.ts',
  cite: 'browser/on-demand/render-cite.tsx',
  cards: 'browser/citation-cards.ts',
  asof: 'browser/as-of.ts',
} as const;
export type OnDemandName = keyof typeof ON_DEMAND_ENTRIES;

/**
 * The modules the bundles are given at build (declared in renderer/hosts/browser-assets.d.ts and
 * browser/on-demand/virtual-modules.d.ts): `virtual:theme-tokens`, the colour tokens of app/globals.css parsed
 * by the function the build's exports use; `virtual:bundled-dataset`, the validated dataset the bake wrote.
 */
const VIRTUAL_MODULES: Record<string, { file: string; contents: () => string }> = {
  'theme-tokens': {
    file: 'app/globals.css',
    contents: () => JSON.stringify(parseThemeTokens(readFileSync('app/globals.css', 'utf8'))),
  },
  'bundled-dataset': { file: BUNDLED_DATASET, contents: () => readFileSync(BUNDLED_DATASET, 'utf8') },
};

const virtualModules: Plugin = {
  name: 'virtual-modules',
  setup(b) {
    b.onResolve({ filter: /^virtual:/ }, (args) => ({
      path: args.path.slice('virtual:'.length),
      namespace: 'virtual',
    }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => {
      const module = VIRTUAL_MODULES[args.path];
      if (!module) return { errors: [{ text: `No virtual module "${args.path}"` }] };
      return { contents: module.contents(), loader: 'json', watchFiles: [path.resolve(module.file)] };
    });
  },
};

/** The on-demand build: it reads the data's vocabulary as the page script does (its URL checks are the same). */
export const onDemandBuild = (vocabulary: Vocabulary = bundledVocabulary()): BuildOptions & { metafile: true } => ({
  entryPoints: ON_DEMAND_ENTRIES,
  entryNames: 'on-demand-[name]-[hash]',
  chunkNames: 'on-demand-shared-[hash]',
  assetNames: '[name]-[hash]',
  outdir: PAGE_SCRIPT_DIR,
  publicPath: PAGE_SCRIPT_URL_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: TARGET,
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  loader: { '.ttf': 'file', '.wasm': 'file' },
  // The renderer's modules read these as Node would; in the browser they are the build's values.
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.SITE_URL': JSON.stringify(SITE_URL),
    VIEW_VOCABULARY: JSON.stringify(vocabulary),
  },
  // csv-stringify's default build uses Node's Buffer; its browser build is the same code with a polyfill.
  alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  plugins: [virtualModules],
});

/** The data's vocabulary (companies, years with plans) of the dataset the bake wrote, for the page script's URL checks. */
export function bundledVocabulary(): Vocabulary {
  // The bake wrote it from the dataset the data check had validated.
  return viewVocabulary(JSON.parse(readFileSync(BUNDLED_DATASET, 'utf8')) as Dataset);
}

export function pageScriptBuild(
  onDemand: Record<OnDemandName, OnDemandEntry>,
  vocabulary: Vocabulary = bundledVocabulary(),
): BuildOptions & { metafile: true } {
  return {
    entryPoints: { page: 'browser/page-script.ts' },
    entryNames: '[name]-[hash]',
    outdir: PAGE_SCRIPT_DIR,
    bundle: true,
    format: 'esm',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    define: { ON_DEMAND_URLS: JSON.stringify(onDemand), VIEW_VOCABULARY: JSON.stringify(vocabulary) },
  };
}

export interface PageScriptManifest {
  /** The page script's URL path. */
  src: string;
  /** Each on-demand entry's URL path, and the chunks it imports (the page script preloads them with it). */
  onDemand: Record<OnDemandName, OnDemandEntry>;
  /**
   * Every file of the on-demand renderer (entries, shared chunks, WebAssembly, fonts): its bytes, what it
   * loads with it (static imports and the files it fetches) and what it loads only when asked (dynamic
   * imports), so that the bench can say what each request costs.
   */
  onDemandFiles: Record<string, OnDemandFile>;
}

export interface OnDemandEntry {
  src: string;
  chunks: string[];
}

export interface OnDemandFile {
  bytes: number;
  imports: string[];
  dynamicImports: string[];
}

const urlOf = (file: string) => `${PAGE_SCRIPT_URL_DIR}/${path.basename(file)}`;

/** The on-demand entries' URLs, and every script chunk each imports (directly or not), from esbuild's metafile. */
export function onDemandUrls(metafile: Metafile): Record<OnDemandName, OnDemandEntry> {
  const urls = {} as Record<OnDemandName, OnDemandEntry>;
  const chunksOf = (file: string, seen = new Set<string>()): Set<string> => {
    for (const i of metafile.outputs[file]?.imports ?? []) {
      if (i.kind !== 'import-statement' || seen.has(i.path)) continue;
      seen.add(i.path);
      chunksOf(i.path, seen);
    }
    return seen;
  };
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const entry = (Object.entries(ON_DEMAND_ENTRIES) as [OnDemandName, string][]).find(
      ([, source]) => output.entryPoint === source,
    );
    if (entry) urls[entry[0]] = { src: urlOf(file), chunks: [...chunksOf(file)].map(urlOf) };
  }
  return urls;
}

/** Records the bundles for the layout and the bench, and removes earlier ones. */
export function recordBundles(onDemand: Metafile, page: Metafile): PageScriptManifest {
  const [pageFile] = Object.keys(page.outputs);
  if (!pageFile) throw new Error('esbuild wrote no page script');
  const keep = new Set([...Object.keys(onDemand.outputs), pageFile].map((f) => path.basename(f)));
  for (const old of readdirSync(PAGE_SCRIPT_DIR)) if (!keep.has(old)) rmSync(path.join(PAGE_SCRIPT_DIR, old));
  const manifest: PageScriptManifest = {
    src: urlOf(pageFile),
    onDemand: onDemandUrls(onDemand),
    onDemandFiles: Object.fromEntries(
      Object.entries(onDemand.outputs).map(([f, o]) => [
        urlOf(f),
        {
          bytes: o.bytes,
          imports: o.imports.filter((i) => i.kind !== 'dynamic-import' && !i.external).map((i) => urlOf(i.path)),
          dynamicImports: o.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => urlOf(i.path)),
        },
      ]),
    ),
  };
  mkdirSync(path.dirname(PAGE_SCRIPT_MANIFEST), { recursive: true });
  writeFileSync(PAGE_SCRIPT_MANIFEST, JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function buildPageScript(): Promise<{ manifest: PageScriptManifest; bytes: number }> {
  rmSync(PAGE_SCRIPT_DIR, { recursive: true, force: true });
  const onDemand = await build(onDemandBuild());
  const page = await build(pageScriptBuild(onDemandUrls(onDemand.metafile)));
  return {
    manifest: recordBundles(onDemand.metafile, page.metafile),
    bytes: Object.values(page.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { manifest, bytes } = await buildPageScript();
  const onDemandBytes = Object.values(manifest.onDemandFiles).reduce((a, f) => a + f.bytes, 0);
  console.log(
    `✓ page script ${manifest.src} (${(bytes / 1024).toFixed(1)} kB minified); renderer on demand: ${Object.keys(manifest.onDemandFiles).length} files, ${(onDemandBytes / 1024).toFixed(0)} kB`,
  );
}
