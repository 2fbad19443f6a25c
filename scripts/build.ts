/**
 * npm run build: check the data, then build the static export into out/.
 * Bad data stops here, before Next touches out/, so the previous out/ survives.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { releasePath } from '../lib/dataset/version';
import { DOWNLOADS } from '../lib/downloads/csv';
import { headersFile } from '../lib/http/headers-file';
import { hoistBaseIntoHead } from '../lib/http/html-head';
import { isRscPayload, isStrippablePage, stripFrameworkRuntime, unreferencedFrameworkFiles } from '../lib/http/framework-runtime';
import { SITE_URL, siteUrlWarning } from '../lib/site';
import { SITE_SCRIPTS } from './lib/built-site';
import { precompressDirectory } from './lib/precompress';
import { BUILD_STAMP, bin, run } from './lib/run';

function removeEmptyDirectories(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true });
  let empty = true;
  for (const e of entries) {
    if (e.isDirectory() && removeEmptyDirectories(path.join(dir, e.name))) rmSync(path.join(dir, e.name), { recursive: true });
    else empty = false;
  }
  return empty;
}

const steps: [string, () => number][] = [
  ['data check', () => run(bin('tsx'), ['scripts/check-data.ts'])],
  ['font subsetting', () => run(bin('tsx'), ['scripts/make-font.ts'])],
  ['bake', () => run(bin('tsx'), ['scripts/bake.tsx'])],
  ['page script', () => run(bin('tsx'), ['scripts/build-page-script.ts'])],
  ['next build', () => run(bin('next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' })],
];

const warning = siteUrlWarning(process.env);
if (warning) console.warn(`\n${warning}\n`);

for (const [name, step] of steps) {
  const code = step();
  if (code !== 0) {
    console.error(`\n✗ build stopped at the ${name}; out/ was left as it was.`);
    process.exit(code);
  }
}
// No framework runtime in the browser: the pages are complete HTML plus one small script of ours (lib/http/framework-runtime.ts).
let strippedPages = 0;
try {
  for (const file of readdirSync('out', { recursive: true, encoding: 'utf8' }).filter(isStrippablePage)) {
    const full = path.join('out', file);
    const original = readFileSync(full, 'utf8');
    const { html, removed } = stripFrameworkRuntime(original, SITE_SCRIPTS);
    if (removed > 0) strippedPages++;
    // An embed's <base target="_blank"> is rendered in its body; HTML allows it only in the head.
    const valid = hoistBaseIntoHead(html);
    if (valid !== original) writeFileSync(full, valid);
  }
} catch (error) {
  console.error(`\n✗ build stopped removing the framework runtime from the pages: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`✓ ${strippedPages} pages ship without the framework runtime`);
// …and the runtime's files, which no page loads any more, are not published: the RSC payloads, then the chunks nothing refers to.
const listOut = () =>
  readdirSync('out', { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('_bench') && statSync(path.join('out', f)).isFile())
    .map((f) => f.split(path.sep).join('/'));
const all = new Set(listOut());
const payloads = [...all].filter((f) => isRscPayload(f, all));
for (const f of payloads) rmSync(path.join('out', f));
const TEXT = /\.(html|css|js|json|xml|txt|svg|csv|webmanifest)$/;
const published = new Map(
  listOut()
    .filter((f) => TEXT.test(f) || f.startsWith('_next/static/'))
    .map((f) => [f, TEXT.test(f) ? readFileSync(path.join('out', f), 'utf8') : null] as const),
);
const unused = unreferencedFrameworkFiles(published);
for (const f of unused) rmSync(path.join('out', f));
removeEmptyDirectories('out');
console.log(`✓ ${payloads.length} RSC payloads and ${unused.length} unused framework files left out of out/`);
// Each release's downloads at addresses that never change (/data/v/<version>/): this release's from the build,
// earlier ones from their archived copies in data/releases/<version>/ (lib/dataset/version.ts).
try {
  const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { version: string };
  const changelog = JSON.parse(readFileSync('data/changelog.json', 'utf8')) as { version: string }[];
  const current = path.join('out', releasePath(meta.version, ''));
  mkdirSync(current, { recursive: true });
  for (const d of DOWNLOADS) cpSync(path.join('out', d.href), path.join(current, path.basename(d.href)));
  for (const { version } of changelog.filter((r) => r.version !== meta.version)) {
    const archived = path.join('data', 'releases', version);
    if (!existsSync(archived)) throw new Error(`release ${version} has no archived files in ${archived}/: copy its /data/v/${version}/ files there when you make the next release`);
    cpSync(archived, path.join('out', releasePath(version, '')), { recursive: true });
  }
  console.log(`✓ ${changelog.length} dataset ${changelog.length === 1 ? 'release' : 'releases'} at /data/v/<version>/`);
} catch (error) {
  console.error(`\n✗ build stopped publishing the dataset's releases: ${(error as Error).message}`);
  process.exit(1);
}
// The security headers of serve.json, for CDN hosts that read a _headers file.
writeFileSync('out/_headers', headersFile(JSON.parse(readFileSync('serve.json', 'utf8')).headers));
// Brotli and gzip copies of every text file, at settings too slow for on-the-fly compression.
const started = Date.now();
const packed = await precompressDirectory('out');
console.log(`✓ ${packed.files} text files precompressed (Brotli ${(packed.bytes / 1e6).toFixed(1)} → ${(packed.brotliBytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
writeFileSync(BUILD_STAMP, JSON.stringify({ builtAt: new Date().toISOString(), siteUrl: SITE_URL }));
console.log(`\n✓ static site built in out/ for ${SITE_URL}`);
if (warning) console.warn(`\n${warning}`);
