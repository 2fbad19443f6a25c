/**
 * npm run bench: builds, serves the static site on loopback, measures, and
 * writes bench/report.md and bench/report.json with every budget pass/fail:
 *  - JavaScript (module scripts, gzip), HTML and CSS shipped per route, read from the real HTML;
 *  - Lighthouse scores (mobile and desktop) for /, the longest company page and the plans embed, median of 5 runs, beside
 *    the same scores for bench/floor, the smallest Next.js page, built and served in the same run: what
 *    the framework alone costs on this machine, so that a missed budget can be put down to the page or not;
 *  - Largest Contentful Paint of / and of an embed against a plain-HTML baseline holding the same SVG,
 *    served by the same server and loaded in the same Chromium, as a ratio;
 *  - build cost: build and bake time, the views the build draws, out/'s files and bytes;
 *  - views drawn on demand (scripts/bench/composed-views.ts): the renderer's bytes by request, and on
 *    mobile throttling the time to a composed view, to each of its files, and the click's interaction to
 *    next paint;
 *  - growth (scripts/bench/growth.ts): synthetic trackers of 5, 10, 20 and 40 companies built in sandboxes, their
 *    build time, views, out/'s files and bytes and largest page, against a linear budget; Lighthouse on the overview at 20;
 *  - a bounded load test (autocannon): 50 clients for 20 s on a page, a company page, an image and a CSV;
 *  - each headline number beside the previous report's (bench/report.json before this run), so a change
 *    shows as before and after.
 * A benchmark, not a test: it exits 1 when a budget is missed, and the report names what costs.
 * BENCH_LOAD_SECONDS shortens the load test; BENCH_SKIP_BUILD=1 reuses the current out/; BENCH_SKIP_GROWTH=1 skips the growth table.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chartSlug } from '../lib/charts/model/keys';
import { buildChartSpec } from '../lib/charts/model/spec';
import { chartVariants } from '../lib/charts/model/variants';
import { pageCharts } from '../lib/charts/model/page-charts';
import { latestPlanYear, primaryEntities } from '../lib/dataset/query';
import { loadDataset } from '../lib/dataset/load';
import { datasetDir } from '../lib/dataset/run-check';
import { parseThemeTokens, resolveColors } from '../lib/theme/tokens';
import type { ViewParts } from '../renderer/view-parts';
import { type BytesCost, type ComposedTimings, measureComposedViews, onDemandCosts } from './bench/composed-views';
import { GROWTH_SIZES, type GrowthRow, growthRatios, measureGrowth, serveSandbox } from './bench/growth';
import { unstrippedBuild } from './lib/built-site';
import { precompressDirectory } from './lib/precompress';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const BASELINE_DIR = path.join('out', '_bench');

const BUDGETS = {
  jsSiteKb: 180,
  jsEmbedKb: 150,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as Record<string, number>,
  lcpRatio: 1.5,
  loadErrors: 0,
  /** The one script every page loads: it stays small, the renderer comes on demand. */
  pageScriptKb: 7.5,
  /** Interaction to next paint of a click on a company, mobile throttling: Google's "good" threshold. */
  inpMs: 200,
};

interface Check {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
  note?: string;
}
const checks: Check[] = [];
const check = (c: Check) => {
  checks.push(c);
  console.log(`${c.pass ? '✓' : '✗'} ${c.name}: ${c.value} (budget ${c.budget})${c.note ? ` — ${c.note}` : ''}`);
};

function sh(command: string, args: string[]): Promise<{ code: number; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}

const gz = (buf: Buffer | string) => gzipSync(buf).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

// ── 1. Build ────────────────────────────────────────────────────────────────
interface BuildCost {
  buildMs: number | null;
  bakeMs: number | null;
  /** The views the build draws (each with its parts and files). */
  views: number;
  /** out/'s files and bytes, without and with the precompressed copies. */
  outFiles: number;
  outBytes: number;
  outFilesWithCopies: number;
  outBytesWithCopies: number;
}

function outStats(): Pick<BuildCost, 'outFiles' | 'outBytes' | 'outFilesWithCopies' | 'outBytesWithCopies'> {
  const files = readdirSync('out', { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('_bench'))
    .map((f) => path.join('out', f))
    .filter((f) => statSync(f).isFile());
  const own = files.filter((f) => !/\.(br|gz)$/.test(f));
  const bytes = (list: string[]) => list.reduce((n, f) => n + statSync(f).size, 0);
  return {
    outFiles: own.length,
    outBytes: bytes(own),
    outFilesWithCopies: files.length,
    outBytesWithCopies: bytes(files),
  };
}

async function build(): Promise<Pick<BuildCost, 'buildMs' | 'bakeMs'>> {
  if (process.env.BENCH_SKIP_BUILD === '1') {
    // Measuring `next build`'s output would measure a site nobody ships (and the CSP breaks).
    const unstripped = unstrippedBuild('out');
    if (unstripped) throw new Error(`BENCH_SKIP_BUILD=1, but ${unstripped}; run \`npm run build\` first`);
    return { buildMs: null, bakeMs: null };
  }
  const tsx = path.resolve('node_modules/.bin/tsx');
  const result = await sh(tsx, ['scripts/build.ts']);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-2000)}`);
  const bake = result.output.match(/baked .* in (\d+) ms/);
  return { buildMs: Math.round(result.ms), bakeMs: bake ? Number(bake[1]) : null };
}

// ── 2. Serve ────────────────────────────────────────────────────────────────
async function serve(): Promise<ChildProcess> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/serve.ts'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the server did not come up on ${ORIGIN}`);
}

// ── 1b. The framework floor ─────────────────────────────────────────────────
const FLOOR_PAGE = '/_bench/floor';
const FLOOR_DIR = path.join('out', '_bench', 'floor');

/** Builds bench/floor (basePath /_bench/floor) and puts it, precompressed like the site, under out/_bench/floor. */
async function buildFloor() {
  const result = await sh(path.resolve('node_modules/.bin/next'), ['build', 'bench/floor']);
  if (result.code !== 0) throw new Error(`the framework floor page did not build:\n${result.output.slice(-2000)}`);
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  cpSync(path.join('bench', 'floor', 'out'), FLOOR_DIR, { recursive: true });
  await precompressDirectory(FLOOR_DIR);
}

// ── 3. Bytes per route ─────────────────────────────────────────────────────
function htmlFiles(dir = 'out', prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === '_next' || name === '_bench' || name === 'charts' || name === 'og' || name === 'data') return [];
    if (statSync(full).isDirectory()) return htmlFiles(full, `${prefix}/${name}`);
    return name.endsWith('.html') ? [`${prefix}/${name}`] : [];
  });
}

function routeOf(file: string): string {
  const route = file.replace(/\.html$/, '').replace(/\/index$/, '/');
  return route === '' ? '/' : route;
}

interface RouteBytes {
  route: string;
  htmlRaw: number;
  htmlGzip: number;
  jsGzip: number;
  /** What the server sends Chromium: the build's Brotli copies. */
  jsBrotli: number;
  htmlBrotli: number;
  cssGzip: number;
  scripts: { src: string; gzip: number }[];
}

function routeBytes(): RouteBytes[] {
  return htmlFiles()
    .sort()
    .map((file) => {
      const html = readFileSync(path.join('out', file), 'utf8');
      // Module scripts the page loads: every external <script src>, except a nomodule polyfill.
      const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
        .filter((m) => !/\bnomodule\b/i.test(`${m[1]} ${m[3]}`))
        .map((m) => m[2]!);
      const unique = [...new Set(scripts)].map((src) => ({
        src,
        gzip: gz(readFileSync(path.join('out', src.split('?')[0]!))),
      }));
      const brotliBytes = (file: string) =>
        existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
      const css = [
        ...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)),
      ];
      return {
        route: routeOf(file),
        htmlRaw: Buffer.byteLength(html),
        htmlGzip: gz(html),
        jsGzip: unique.reduce((n, s) => n + s.gzip, 0),
        jsBrotli: unique.reduce((n, s) => n + brotliBytes(path.join('out', s.src.split('?')[0]!)), 0),
        htmlBrotli: brotliBytes(path.join('out', file)),
        cssGzip: css.reduce((n, href) => n + gz(readFileSync(path.join('out', href.split('?')[0]!))), 0),
        scripts: unique.sort((a, b) => b.gzip - a.gzip),
      };
    });
}

// The pages measured, from the data: the company with the most charts (the longest page), the newest plans' embed.
const DATASET = loadDataset(datasetDir()).dataset!;
const LONGEST_COMPANY = `/companies/${[...primaryEntities(DATASET)].sort((a, b) => pageCharts(DATASET, b.slug).length - pageCharts(DATASET, a.slug).length)[0]!.slug}`;
const PLANS_KEY = chartVariants(DATASET, 'capex')[0]!.key;
const PLANS_EMBED = `/embed/${chartSlug('capex', { year: latestPlanYear(DATASET) })}`;

// ── 4. Lighthouse ──────────────────────────────────────────────────────────
const LIGHTHOUSE_PAGES = ['/', LONGEST_COMPANY, PLANS_EMBED, FLOOR_PAGE];
// Five runs and their median: Lighthouse's own advice for scores that vary between runs (docs/variability.md).
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
type Scores = Record<string, number>;
interface LighthouseResult {
  page: string;
  formFactor: string;
  scores: Scores;
  lcpMs: number;
  tbtMs: number;
  /** Every run's performance score, lowest first. */
  performanceRuns: number[];
  failing: string[];
}

export async function runLighthouse(
  pages = LIGHTHOUSE_PAGES,
  origin = ORIGIN,
  formFactors: readonly ('mobile' | 'desktop')[] = ['mobile', 'desktop'],
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  const results = [];
  try {
    for (const page of pages) {
      for (const formFactor of formFactors) {
        const audit = () =>
          lighthouse(
            `${origin}${page}`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
        // Three runs, the median by performance score (Lighthouse's own advice on variance); a run
        // Lighthouse itself could not complete (runtimeError) is retried once.
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          let run = (await audit())!.lhr;
          if (run.runtimeError) {
            console.log(`· lighthouse ${formFactor} ${page}: ${run.runtimeError.code}, retrying`);
            run = (await audit())!.lhr;
          }
          runs.push(run);
        }
        runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
        const lhr = runs[Math.floor(runs.length / 2)]!;
        const scores: Scores = {};
        for (const [id, category] of Object.entries(lhr.categories))
          scores[id] = Math.round((category.score ?? 0) * 100);
        const failing = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 0.9 &&
              a.scoreDisplayMode !== 'informative' &&
              a.scoreDisplayMode !== 'manual',
          )
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        if (lhr.runtimeError) failing.unshift(`Lighthouse error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        results.push({
          page,
          formFactor,
          scores,
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
          performanceRuns: runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
          failing,
        });
        console.log(
          `· lighthouse ${formFactor} ${page}: ${JSON.stringify(scores)}, performance runs ${runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join(' ')}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

// ── 5. LCP against a plain-HTML baseline ───────────────────────────────────
function writeBaselines() {
  const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));
  mkdirSync(BASELINE_DIR, { recursive: true });
  const page = (title: string, key: string) => {
    // The narrow chart of the view's body, as the page inlines it.
    const body = (JSON.parse(readFileSync(path.join('.generated', 'views', `${key}.json`), 'utf8')) as ViewParts).body;
    const narrow = /<div class="chart-svg chart-svg--narrow">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(body)![1]!;
    const svg = resolveColors(narrow, tokens, 'light');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="margin:16px;font-family:sans-serif"><h1 style="font-size:1.5rem">${title}</h1><p>Planned capital expenditure, US dollars.</p>${svg.replace('<svg', '<svg style="width:100%;height:auto"')}</body></html>`;
  };
  const title = buildChartSpec(DATASET, 'capex').title;
  writeFileSync(path.join(BASELINE_DIR, 'overview.html'), page(title, PLANS_KEY));
  writeFileSync(path.join(BASELINE_DIR, 'embed.html'), page(title, PLANS_KEY));
}

async function measureLcp(): Promise<
  { page: string; baseline: string; pageMs: number; baselineMs: number; ratio: number }[]
> {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const lcpOf = async (url: string): Promise<number> => {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 2,
        isMobile: true,
      });
      const page = await context.newPage();
      // Lighthouse's mobile conditions: 4× slower CPU, 150 ms RTT, 1.6 Mbit/s down.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(800);
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]!.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(-1), 3000);
          }),
      );
      samples.push(lcp);
      await context.close();
    }
    samples.sort((a, b) => a - b);
    return Math.round(samples[3]!);
  };
  const pairs = [
    { page: '/', baseline: '/_bench/overview.html' },
    { page: PLANS_EMBED, baseline: '/_bench/embed.html' },
  ];
  const results = [];
  for (const pair of pairs) {
    const pageMs = await lcpOf(`${ORIGIN}${pair.page}`);
    const baselineMs = await lcpOf(`${ORIGIN}${pair.baseline}`);
    results.push({ ...pair, pageMs, baselineMs, ratio: Math.round((pageMs / baselineMs) * 100) / 100 });
    console.log(`· LCP ${pair.page}: ${pageMs} ms vs baseline ${baselineMs} ms`);
  }
  await browser.close();
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  return results;
}

// ── 6. Load test ───────────────────────────────────────────────────────────
async function loadTest() {
  const targets = ['/', LONGEST_COMPANY, `/charts/${PLANS_KEY}/1920x1080-light.png`, '/data/figures.csv'];
  const results = [];
  for (const target of targets) {
    const r = await autocannon({ url: `${ORIGIN}${target}`, connections: 50, duration: LOAD_SECONDS });
    results.push({
      target,
      connections: 50,
      seconds: LOAD_SECONDS,
      requests: r.requests.total,
      requestsPerSecond: Math.round(r.requests.average),
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      throughputMBps: Math.round((r.throughput.average / 1024 / 1024) * 10) / 10,
      errors: r.errors + r.timeouts + r.non2xx,
    });
    console.log(
      `· load ${target}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors + r.timeouts + r.non2xx}`,
    );
  }
  return results;
}

// ── Report ─────────────────────────────────────────────────────────────────
interface Report {
  measuredAt: string;
  machine: string;
  build: BuildCost;
  bytes: RouteBytes[];
  pageScript: { src: string; gzip: number; brotli: number };
  onDemand: BytesCost[];
  composed: ComposedTimings & { runs: ComposedTimings[] };
  lighthouse: LighthouseResult[];
  lcp: { page: string; baseline: string; pageMs: number; baselineMs: number; ratio: number }[];
  growth: {
    measuredAt: string;
    rows: GrowthRow[];
    ratios: ReturnType<typeof growthRatios>;
    lighthouse: LighthouseResult[];
  } | null;
  load: {
    target: string;
    requestsPerSecond: number;
    latencyP50Ms: number;
    latencyP99Ms: number;
    throughputMBps: number;
    errors: number;
    requests: number;
  }[];
}

/** The previous report, for before-and-after: read before this run writes its own. */
function previousReport(): Partial<Report> & {
  times?: { buildMs: number | null; bakeMs: number | null; imagesMs: number | null };
} {
  try {
    return JSON.parse(readFileSync('bench/report.json', 'utf8'));
  } catch {
    return {};
  }
}

async function main() {
  const started = performance.now();
  const previous = previousReport();
  console.log('· building…');
  const times = await build();
  const buildCost: BuildCost = { ...times, views: chartVariants(DATASET).length, ...outStats() };
  console.log('· building the framework floor page…');
  await buildFloor();
  // Written before the server starts: it indexes out/ once, at start-up.
  writeBaselines();
  await precompressDirectory(BASELINE_DIR);
  const server = await serve();
  try {
    const bytes = routeBytes();
    for (const r of bytes) {
      const embed = r.route.startsWith('/embed/');
      const isBudgeted = embed || r.route === '/' || r.route.startsWith('/companies/');
      if (!isBudgeted) continue;
      const budget = (embed ? BUDGETS.jsEmbedKb : BUDGETS.jsSiteKb) * 1024;
      check({
        name: `module JS on ${r.route}`,
        value: kb(r.jsGzip),
        budget: `≤ ${kb(budget)} gzip`,
        pass: r.jsGzip <= budget,
        note:
          r.jsGzip > budget
            ? `largest: ${r.scripts
                .slice(0, 3)
                .map((s) => `${s.src} ${kb(s.gzip)}`)
                .join(', ')}`
            : undefined,
      });
    }
    const home = bytes.find((b) => b.route === '/')!;
    const pageScript = { src: home.scripts[0]!.src, gzip: home.jsGzip, brotli: home.jsBrotli };
    check({
      name: 'the page script (every page’s only script)',
      value: kb(pageScript.gzip),
      budget: `≤ ${kb(BUDGETS.pageScriptKb * 1024)} gzip`,
      pass: pageScript.gzip <= BUDGETS.pageScriptKb * 1024,
    });
    const onDemand = onDemandCosts();
    for (const c of onDemand)
      console.log(`· on demand, ${c.what}: ${c.files} files, ${kb(c.gzip)} gzip, ${kb(c.brotli)} as sent`);
    const composed = await measureComposedViews(ORIGIN, CHROME, CHROME_FLAGS);
    check({
      name: 'interaction to next paint, a click on a company (mobile throttling)',
      value: `${composed.inpMs} ms (runs ${composed.runs.map((r) => r.inpMs).join(', ')})`,
      budget: `≤ ${BUDGETS.inpMs} ms`,
      pass: composed.inpMs <= BUDGETS.inpMs,
    });
    const lh = await runLighthouse();
    for (const r of lh) {
      if (r.page === FLOOR_PAGE) continue;
      const floor = lh.find((f) => f.page === FLOOR_PAGE && f.formFactor === r.formFactor);
      for (const [category, min] of Object.entries(BUDGETS.lighthouse)) {
        const score = r.scores[category] ?? 0;
        const missed = score < min;
        const floorNote =
          category === 'performance' && floor
            ? `; the framework floor page scored ${floor.scores.performance} (TBT ${floor.tbtMs} ms) in this run, this page ${score} (TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms)`
            : '';
        check({
          name: `Lighthouse ${r.formFactor} ${category} ${r.page}`,
          value: category === 'performance' ? `${score} (runs ${r.performanceRuns.join(', ')})` : String(score),
          budget: `≥ ${min}`,
          pass: r.formFactor === 'desktop' || !missed,
          note: missed ? `failing audits: ${r.failing.join(', ')}${floorNote}` : undefined,
        });
      }
    }
    const lcp = await measureLcp();
    for (const r of lcp)
      check({
        name: `LCP ratio ${r.page} / plain HTML`,
        value: `${r.ratio} (${r.pageMs} ms vs ${r.baselineMs} ms)`,
        budget: `≤ ${BUDGETS.lcpRatio}`,
        pass: r.ratio <= BUDGETS.lcpRatio,
      });
    const load = await loadTest();
    for (const r of load)
      check({
        name: `load ${r.target}`,
        value: `${r.requestsPerSecond} req/s, p99 ${r.latencyP99Ms} ms, ${r.errors} errors`,
        budget: '0 errors',
        pass: r.errors === BUDGETS.loadErrors,
      });

    // BENCH_SKIP_GROWTH=1 keeps the previous run's growth table (it says when it was measured) rather than dropping it.
    const reused =
      process.env.BENCH_SKIP_GROWTH === '1' && previous.growth
        ? { ...previous.growth, measuredAt: previous.growth.measuredAt ?? previous.measuredAt ?? 'an earlier run' }
        : null;
    const growth = process.env.BENCH_SKIP_GROWTH === '1' ? reused : await measureGrowthSection();
    const report: Report = {
      measuredAt: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, Node ${process.version}`,
      build: buildCost,
      bytes,
      pageScript,
      onDemand,
      composed,
      lighthouse: lh,
      lcp,
      growth,
      load,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/report.json', `${JSON.stringify({ ...report, checks, budgets: BUDGETS }, null, 2)}\n`);
    writeFileSync('bench/report.md', markdown(report, previous));
    const failed = checks.filter((c) => !c.pass);
    console.log(
      `\n${failed.length ? `✗ ${failed.length} budget(s) missed` : '✓ every budget met'} — bench/report.md (${Math.round((performance.now() - started) / 1000)} s)`,
    );
    return failed.length ? 1 : 0;
  } finally {
    server.kill();
    rmSync(path.join('out', '_bench'), { recursive: true, force: true });
  }
}

// ── 7. Growth ──────────────────────────────────────────────────────────────
/** Synthetic trackers of 5 to 40 companies, built in sandboxes (scripts/bench/growth.ts); Lighthouse mobile on the overview at 20. */
async function measureGrowthSection(): Promise<NonNullable<Report['growth']>> {
  console.log(`· growth: building synthetic trackers of ${GROWTH_SIZES.join(', ')} companies…`);
  const { rows, kept } = measureGrowth(20);
  const ratios = growthRatios(rows);
  for (const r of ratios) {
    check({
      name: `growth: ${r.measure}, 40 companies against 20`,
      value: `${r.ratio}× (${+r.at20.toFixed(1)} → ${+r.at40.toFixed(1)})`,
      budget: `≤ ${r.budget}× (linear)`,
      pass: r.ratio <= r.budget,
    });
  }
  const server = await serveSandbox(kept, PORT + 1);
  try {
    const lighthouse = await runLighthouse(['/'], `http://127.0.0.1:${PORT + 1}`, ['mobile']);
    for (const [category, min] of Object.entries(BUDGETS.lighthouse)) {
      const score = lighthouse[0]!.scores[category] ?? 0;
      check({
        name: `Lighthouse mobile ${category} / at 20 companies`,
        value:
          category === 'performance' ? `${score} (runs ${lighthouse[0]!.performanceRuns.join(', ')})` : String(score),
        budget: `≥ ${min}`,
        pass: score >= min,
        note: score < min ? `failing audits: ${lighthouse[0]!.failing.join(', ')}` : undefined,
      });
    }
    return { measuredAt: new Date().toISOString(), rows, ratios, lighthouse };
  } finally {
    server.kill();
  }
}

/** The headline numbers, now and in the previous report: a change shows as before and after. */
function beforeAndAfter(r: Report, p: ReturnType<typeof previousReport>): string[] {
  const route = (report: Partial<Report>, path: string) => report.bytes?.find((b) => b.route === path);
  const ms = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${(n / 1000).toFixed(1)} s`);
  const size = (n: number | null | undefined) => (n === null || n === undefined ? '–' : kb(n));
  const prevBake = p.build?.bakeMs ?? (p.times ? (p.times.bakeMs ?? 0) + (p.times.imagesMs ?? 0) : null);
  const none = 'none: the build drew every view, and a composed view could not be taken away';
  const rows: [string, string, string][] = [
    ['page script, gzip (every page’s only script)', size(route(p, '/')?.jsGzip), size(r.pageScript.gzip)],
    ['HTML of `/`, as sent', size(route(p, '/')?.htmlBrotli), size(route(r, '/')?.htmlBrotli)],
    [
      `HTML of \`${LONGEST_COMPANY}\`, as sent`,
      size(route(p, LONGEST_COMPANY)?.htmlBrotli),
      size(route(r, LONGEST_COMPANY)?.htmlBrotli),
    ],
    [
      `HTML of \`${PLANS_EMBED}\`, as sent`,
      size(route(p, PLANS_EMBED)?.htmlBrotli),
      size(route(r, PLANS_EMBED)?.htmlBrotli),
    ],
    ['build', ms(p.build?.buildMs ?? p.times?.buildMs), ms(r.build.buildMs)],
    ['bake (views, their files, previews, cards)', ms(prevBake), ms(r.build.bakeMs)],
    [
      'out/: files, bytes (without precompressed copies)',
      p.build ? `${p.build.outFiles}, ${(p.build.outBytes / 1e6).toFixed(1)} MB` : '–',
      `${r.build.outFiles}, ${(r.build.outBytes / 1e6).toFixed(1)} MB`,
    ],
    [
      'renderer on demand, to draw a composed view (as sent)',
      p.onDemand ? kb(p.onDemand[0]!.brotli) : none,
      kb(r.onDemand[0]!.brotli),
    ],
    [
      'a click on a company to the composed view (first, then next)',
      p.composed ? `${p.composed.firstSwitchMs} ms, ${p.composed.nextSwitchMs} ms` : none,
      `${r.composed.firstSwitchMs} ms, ${r.composed.nextSwitchMs} ms`,
    ],
    [
      'its first file (PNG), then SVG, PowerPoint, CSV',
      p.composed ? p.composed.files.map((f) => `${f.ms} ms`).join(', ') : none,
      r.composed.files.map((f) => `${f.ms} ms`).join(', '),
    ],
  ];
  return [
    '| | before (previous report) | after (this run) |',
    '|---|---|---|',
    ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  ];
}

function markdown(r: Report, previous: ReturnType<typeof previousReport>): string {
  const lines = [
    '# Benchmark',
    '',
    `Measured ${r.measuredAt} on ${r.machine}, by \`npm run bench\`. Lighthouse: median of ${RUNS} runs per page and form factor (simulated throttling, Lighthouse's defaults); desktop scores are reported, budgets apply to mobile.`,
    '',
    '## Budgets',
    '',
    '| | measured | budget | |',
    '|---|---|---|---|',
    ...checks.map(
      (c) =>
        `| ${c.name} | ${c.value} | ${c.budget} | ${c.pass ? 'pass' : `**fail**${c.note ? ` — ${c.note}` : ''}`} |`,
    ),
    '',
    '## Before and after',
    '',
    `Against the previous report (${previous.measuredAt ?? 'none'}).`,
    '',
    ...beforeAndAfter(r, previous),
    '',
    '## Build',
    '',
    `Build ${r.build.buildMs === null ? 'skipped' : `${(r.build.buildMs / 1000).toFixed(1)} s`}; the bake ${r.build.bakeMs === null ? 'skipped' : `${(r.build.bakeMs / 1000).toFixed(1)} s`}: ${r.build.views} views (each basis and highlight of each chart), each with its parts and its files, the link previews, the deck and the citation cards. out/ holds ${r.build.outFiles} files, ${(r.build.outBytes / 1e6).toFixed(1)} MB (${r.build.outFilesWithCopies} files, ${(r.build.outBytesWithCopies / 1e6).toFixed(1)} MB with the Brotli and gzip copies). The views, and so the bake and out/, grow linearly with the companies: a company adds one highlight per basis.`,
    '',
    '## Views drawn on demand',
    '',
    'A view of some of the companies is drawn in the reader’s browser by the renderer the build uses, loaded the first time it is asked for. What each request loads (each row counts only what the rows above have not):',
    '',
    '| request | files | raw | gzip | as sent (Brotli) |',
    '|---|---|---|---|---|',
    ...r.onDemand.map((c) => `| ${c.what} | ${c.files} | ${kb(c.raw)} | ${kb(c.gzip)} | ${kb(c.brotli)} |`),
    '',
    `On Lighthouse's mobile conditions (4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s), median of ${r.composed.runs.length} runs, each in a fresh browser: `,
    '',
    '| | time |',
    '|---|---|',
    `| a click on a company to the composed view painted, the renderer not loaded yet | ${r.composed.firstSwitchMs} ms |`,
    `| the next click, the renderer loaded | ${r.composed.nextSwitchMs} ms |`,
    `| opening a composed view’s permalink, navigation to the view painted | ${r.composed.permalinkMs} ms |`,
    `| interaction to next paint of those clicks (the worst) | ${r.composed.inpMs} ms |`,
    ...r.composed.files.map(
      (f, i) =>
        `| click to the ${f.file} saved${i === 0 ? ' (the first file: resvg and the font arrive)' : ''} | ${f.ms} ms |`,
    ),
    '',
    '## Bytes per route',
    '',
    'Budgets count gzip; the server sends Chromium the build’s Brotli 11 copies (“as sent”).',
    '',
    '| route | module JS gzip | module JS as sent | CSS files gzip | HTML gzip / as sent / raw (the CSS is inlined here) |',
    '|---|---|---|---|---|',
    ...r.bytes.map(
      (b) =>
        `| \`${b.route}\` | ${kb(b.jsGzip)} | ${kb(b.jsBrotli)} | ${kb(b.cssGzip)} | ${kb(b.htmlGzip)} / ${kb(b.htmlBrotli)} / ${kb(b.htmlRaw)} |`,
    ),
    '',
    'Largest scripts on `/`:',
    '',
    ...(r.bytes
      .find((b) => b.route === '/')
      ?.scripts.slice(0, 6)
      .map((s) => `- \`${s.src}\` ${kb(s.gzip)}`) ?? []),
    '',
    '## Lighthouse',
    '',
    `\`${FLOOR_PAGE}\` is the framework floor: the smallest Next.js page (bench/floor: a heading and a paragraph, no client components), built with the same Next.js and React and served by the same server in this run. What it scores is what a page that ships Next's client runtime costs on this machine before it adds anything; its main cost is the runtime's start-up script task (Total Blocking Time). The site's pages ship without that runtime (lib/html/strip-framework-runtime.ts), which is why they can score above it.`,
    '',
    '| page | form factor | performance (median) | every run | accessibility | best practices | SEO | LCP (simulated) | TBT (simulated) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.lighthouse.map(
      (l) =>
        `| \`${l.page}\` | ${l.formFactor} | ${l.scores.performance} | ${l.performanceRuns.join(', ')} | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms |`,
    ),
    '',
    '## Largest Contentful Paint against plain HTML',
    '',
    'Median of 7 loads each, same server and Chromium, 412×823 mobile viewport, 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s. The baseline is a plain HTML file with the chart’s title and the same baked SVG, no CSS, fonts or scripts.',
    '',
    '| page | LCP | baseline | ratio |',
    '|---|---|---|---|',
    ...r.lcp.map((l) => `| \`${l.page}\` | ${l.pageMs} ms | ${l.baselineMs} ms | ${l.ratio} |`),
    '',
    ...(r.growth
      ? [
          '## Growth: 5 to 40 companies',
          '',
          `Measured ${process.env.BENCH_SKIP_GROWTH === '1' ? `${r.growth.measuredAt}, in an earlier run (this one was made with BENCH_SKIP_GROWTH=1)` : 'in this run'}. Synthetic trackers (lib/dataset/testing/synthetic.ts: one year of plans, one article per five companies, a fiscal year, a range and a multi-year project among them), each built by \`npm run build\` in a sandbox copy of the project. The budget is linear growth: doubling the companies from 20 to 40 at most doubles each cost (within a tenth). What one more company costs at the small and the large end is beside it: the build is linear in views and files, and carries an n × n part in bytes and time, because each company page and each highlighted view draws every company.`,
          '',
          '| companies | build | bake | views | out/ files | out/ bytes | largest page (raw / as sent) |',
          '|---|---|---|---|---|---|---|',
          ...r.growth.rows.map(
            (g) =>
              `| ${g.companies} | ${g.buildSeconds} s | ${g.bakeSeconds ?? '–'} s | ${g.views} | ${g.outFiles} | ${(g.outBytes / 1e6).toFixed(1)} MB | \`${g.largestPage.route}\` ${kb(g.largestPage.bytes)} / ${kb(g.largestPage.brotli)} |`,
          ),
          '',
          '| | at 20 | at 40 | 40 ÷ 20 | budget | one more company, 5→10 | one more company, 20→40 |',
          '|---|---|---|---|---|---|---|',
          ...r.growth.ratios.map(
            (g) =>
              `| ${g.measure} | ${+g.at20.toFixed(1)} | ${+g.at40.toFixed(1)} | ${g.ratio}× | ≤ ${g.budget}× | ${+g.perCompany.small.toFixed(2)} | ${+g.perCompany.large.toFixed(2)} |`,
          ),
          '',
          `Lighthouse mobile on the overview at 20 companies (median of ${RUNS}): performance ${r.growth.lighthouse[0]!.scores.performance} (runs ${r.growth.lighthouse[0]!.performanceRuns.join(', ')}), accessibility ${r.growth.lighthouse[0]!.scores.accessibility}, best practices ${r.growth.lighthouse[0]!.scores['best-practices']}, SEO ${r.growth.lighthouse[0]!.scores.seo}; LCP ${r.growth.lighthouse[0]!.lcpMs} ms, TBT ${r.growth.lighthouse[0]!.tbtMs} ms.`,
          '',
        ]
      : []),
    '## Load test (loopback, autocannon, 50 connections)',
    '',
    '| target | requests | req/s | p50 | p99 | throughput | errors |',
    '|---|---|---|---|---|---|---|',
    ...r.load.map(
      (l) =>
        `| \`${l.target}\` | ${l.requests} | ${l.requestsPerSecond} | ${l.latencyP50Ms} ms | ${l.latencyP99Ms} ms | ${l.throughputMBps} MB/s | ${l.errors} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
