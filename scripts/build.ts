/**
 * npm run build: check the data, then build the static export into out/.
 * The build is a transaction on out/ (scripts/lib/out-transaction.ts): when
 * any step fails, the last good out/ is put back exactly as it was.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { releasePath } from '../lib/dataset/version';
import { DOWNLOADS } from '../lib/downloads/csv';
import { headersFile } from '../lib/http/headers-file';
import { hoistBaseIntoHead } from '../lib/html/head';
import {
  isRscPayload,
  isStrippablePage,
  stripFrameworkRuntime,
  unreferencedFrameworkFiles,
} from '../lib/html/strip-framework-runtime';
import { SITE_URL, siteUrlWarning } from '../lib/site';
import { datasetDir } from '@/server/dataset';
import { serveConfig } from '@/server/serve-config';
import { SITE_SCRIPTS } from './lib/built-site';
import { withOutTransaction } from './lib/out-transaction';
import { precompressDirectory } from './lib/precompress';
import { BUILD_STAMP, bin, run } from './lib/run';

function removeEmptyDirectories(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true });
  let empty = true;
  for (const e of entries) {
    if (e.isDirectory() && removeEmptyDirectories(path.join(dir, e.name)))
      rmSync(path.join(dir, e.name), { recursive: true });
    else empty = false;
  }
  return empty;
}

/** The steps that prepare the build's inputs (.generated/, public/); out/ is not touched until they all pass. */
const prepare: [string, () => number][] = [
  ['data check', () => run(bin('tsx'), ['scripts/check-data.ts'])],
  ['font subsetting', () => run(bin('tsx'), ['scripts/make-font.ts'])],
  ['bake', () => run(bin('tsx'), ['scripts/bake.tsx'])],
  ['page script', () => run(bin('tsx'), ['scripts/build-page-script.ts'])],
];

/** A step that cannot go on: the message is printed and the transaction rolls out/ back. */
class StepFailed extends Error {}

function step<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof StepFailed) throw error;
    throw new StepFailed(`build stopped ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** No framework runtime in the browser: the pages are complete HTML plus one small script of ours (lib/html/strip-framework-runtime.ts). */
function stripRuntime() {
  let strippedPages = 0;
  for (const file of readdirSync('out', { recursive: true, encoding: 'utf8' }).filter(isStrippablePage)) {
    const full = path.join('out', file);
    const original = readFileSync(full, 'utf8');
    const { html, removed } = stripFrameworkRuntime(original, SITE_SCRIPTS);
    if (removed > 0) strippedPages++;
    // An embed's <base target="_blank"> is rendered in its body; HTML allows it only in the head.
    const valid = hoistBaseIntoHead(html);
    if (valid !== original) writeFileSync(full, valid);
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
}

/**
 * Each release's downloads at addresses that never change (/data/v/<version>/): as archived by
 * npm run data:release in data/releases/<version>/; the current release, when not archived yet, from this build.
 */
function publishReleases() {
  const data = datasetDir();
  const meta = JSON.parse(readFileSync(path.join(data, 'meta.json'), 'utf8')) as { version: string };
  const changelog = JSON.parse(readFileSync(path.join(data, 'changelog.json'), 'utf8')) as { version: string }[];
  for (const { version } of changelog) {
    const archived = path.join(data, 'releases', version);
    const target = path.join('out', releasePath(version, ''));
    if (existsSync(archived)) {
      cpSync(archived, target, { recursive: true });
    } else if (version === meta.version) {
      mkdirSync(target, { recursive: true });
      for (const d of DOWNLOADS) cpSync(path.join('out', d.href), path.join(target, d.label));
    } else {
      throw new Error(
        `release ${version} has no archived files in ${archived}/: restore them from the site's /data/v/${version}/ (npm run data:release archives each release)`,
      );
    }
  }
  console.log(`✓ ${changelog.length} dataset ${changelog.length === 1 ? 'release' : 'releases'} at /data/v/<version>/`);
}

function stopped(name: string, code: number): number {
  console.error(`\n✗ build stopped at the ${name}; out/ was left as it was.`);
  return code;
}

/** Next's export and everything after it, which write out/: run as a transaction on it. */
async function build(): Promise<number> {
  const code = run(bin('next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' });
  if (code !== 0) return stopped('next build', code);
  step('removing the framework runtime from the pages', stripRuntime);
  step("publishing the dataset's releases", publishReleases);
  // The security headers of serve.json, for CDN hosts that read a _headers file.
  step('writing _headers', () => writeFileSync('out/_headers', headersFile(serveConfig().headers)));
  // Brotli and gzip copies of every text file, at settings too slow for on-the-fly compression (not in a sandbox's
  // build, PRECOMPRESS=off, whose out/ the tests read from disk).
  if (process.env.PRECOMPRESS !== 'off') {
    const started = Date.now();
    const packed = await precompressDirectory('out').catch((error: Error) => {
      throw new StepFailed(`build stopped precompressing out/: ${error.message}`);
    });
    console.log(
      `✓ ${packed.files} text files precompressed (Brotli ${(packed.bytes / 1e6).toFixed(1)} → ${(packed.brotliBytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  writeFileSync(BUILD_STAMP, JSON.stringify({ builtAt: new Date().toISOString(), siteUrl: SITE_URL }));
  return 0;
}

const warning = siteUrlWarning(process.env);
if (warning) console.warn(`\n${warning}\n`);
try {
  let code = 0;
  for (const [name, work] of prepare) {
    code = work();
    if (code !== 0) {
      code = stopped(name, code);
      break;
    }
  }
  if (code === 0) code = await withOutTransaction('out', build);
  process.exitCode = code;
  if (process.exitCode === 0) {
    console.log(`\n✓ static site built in out/ for ${SITE_URL}`);
    if (warning) console.warn(`\n${warning}`);
  }
} catch (error) {
  console.error(
    `\n✗ ${error instanceof StepFailed ? error.message : `build failed: ${error instanceof Error ? error.message : String(error)}`}; out/ was left as it was.`,
  );
  process.exitCode = 1;
}
