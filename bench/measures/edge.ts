/**
 * The edge host's measures (part of npm run bench), on this machine, with the worker in workerd (npm run edge)
 * in front of the same out/:
 *  - its bundle as wrangler would upload it (a dry run: no account, no network), against Cloudflare's limits;
 *  - its time to draw, by what is asked for (a page, each kind of file): the first request of a fresh worker
 *    (it compiles resvg and builds its DOM), then cache misses (views it has not drawn: cold, p50 and p95) and
 *    hits (warm). Wall time on loopback: the drawing is synchronous, so it bounds the CPU time a deployed worker
 *    is billed and limited by (workerd does not report CPU time locally, and a worker's clock stands still
 *    while it computes);
 *  - under Lighthouse's mobile conditions, the Largest Contentful Paint of a composed permalink through the worker
 *    and on the static host, beside the default view's; and a filmstrip of the static host's first paints of a
 *    composed permalink, each frame with the companies whose rows were painted (bench/edge-filmstrip.png).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import { VIEW_FILES } from '@/lib/charts/exports/export-paths';
import { viewKey } from '@/lib/charts/model/keys';
import { viewFor } from '@/lib/charts/model/registry';
import { latestPlanYear, plansOf } from '@/lib/dataset/query';
import { nodeLineBinDir, pathWith } from '@/scripts/lib/node-line';
import { bin } from '@/scripts/lib/run';
import { DATASET } from './pages';
import { CHROME, CHROME_FLAGS, ORIGIN, sh, throttledMobilePage } from './shared';

export const EDGE_PORT = Number(process.env.BENCH_EDGE_PORT ?? 3400);
const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
/** Cloudflare's limits on a worker's compressed size: https://developers.cloudflare.com/workers/platform/limits/ */
const LIMITS = { paidMb: 10, freeMb: 3, paidCpuMs: 30_000, freeCpuMs: 10 };
const SAMPLES = Number(process.env.BENCH_EDGE_SAMPLES ?? 12);

const YEAR = latestPlanYear(DATASET);
const PLANNERS = plansOf(DATASET, YEAR).map((p) => p.entity.slug);

export interface DrawTimes {
  what: string;
  firstMs: number;
  coldP50Ms: number;
  coldP95Ms: number;
  warmP50Ms: number;
  warmP95Ms: number;
}

export interface EdgeSection {
  bundle: { totalKb: number; gzipKb: number; limitMb: number; freeLimitMb: number };
  draws: DrawTimes[];
  cpuLimitMs: number;
  lcp: { what: string; url: string; ms: number }[];
  filmstrip: { frames: number; painted: string[]; asked: string[]; file: string };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

/** Every subset of at least two of the planners, as a view's companies: views no build drew, in a steady order. */
function subsets(): string[][] {
  const all: string[][] = [];
  for (let mask = 1; mask < 1 << PLANNERS.length; mask++) {
    const picked = PLANNERS.filter((_, i) => mask & (1 << i));
    if (picked.length >= 2 && picked.length < PLANNERS.length) all.push(picked);
  }
  return all;
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

async function startEdge(): Promise<ChildProcess> {
  const child = spawn(bin('tsx'), ['scripts/edge.ts'], {
    env: { ...process.env, PORT: String(EDGE_PORT), EDGE_SKIP_BUILD: '1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`${EDGE}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-child.pid!, 'SIGTERM');
  throw new Error('the edge host did not come up');
}

async function bundleSize(): Promise<EdgeSection['bundle']> {
  const outdir = path.join('bench', '.work', 'edge-bundle');
  const [major = 0] = process.versions.node.split('.').map(Number);
  const binDir = major >= 22 ? null : nodeLineBinDir('24');
  const { output } = await sh('env', [
    `PATH=${binDir ? pathWith(binDir) : (process.env.PATH ?? '')}`,
    bin('wrangler'),
    'deploy',
    '--dry-run',
    '--outdir',
    outdir,
  ]);
  const sizes = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(output);
  if (!sizes) throw new Error(`wrangler's dry run said no size:\n${output.slice(-2000)}`);
  return {
    totalKb: Math.round(Number(sizes[1])),
    gzipKb: Math.round(Number(sizes[2])),
    limitMb: LIMITS.paidMb,
    freeLimitMb: LIMITS.freeMb,
  };
}

/** Draw times by what is asked: each cold sample a view the worker has not drawn, each warm one the same again. */
async function drawTimes(): Promise<DrawTimes[]> {
  const views = subsets().slice(0, SAMPLES);
  const asked: { what: string; url: (companies: string[]) => string }[] = [
    { what: 'the overview with a view', url: (c) => `${EDGE}/?companies=${c.join(',')}` },
    { what: 'an embed with a view', url: (c) => `${EDGE}/embed/capex-${YEAR}?companies=${c.join(',')}` },
    { what: 'link preview (PNG 1200×630)', url: (c) => fileUrl(c, 'preview.png') },
    ...VIEW_FILES.filter((f) => f.format !== 'png' || f.size.width === 1920).map((f) => ({
      what: f.file,
      url: (c: string[]) => fileUrl(c, f.file),
    })),
    { what: 'oEmbed', url: (c) => fileUrl(c, 'oembed.json') },
  ];
  const results: DrawTimes[] = [];
  // The very first request of the worker: it compiles resvg's WebAssembly and builds its DOM.
  const first = await timed(fileUrl(PLANNERS.slice(0, 2), '1920x1080-light.png'));
  for (const a of asked) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (const companies of views) cold.push(await timed(a.url(companies)));
    for (const companies of views) warm.push(await timed(a.url(companies)));
    results.push({
      what: a.what,
      firstMs: a.what === '1920x1080-light.png' ? Math.round(first) : Math.round(cold[0] ?? 0),
      coldP50Ms: percentile(cold, 50),
      coldP95Ms: percentile(cold, 95),
      warmP50Ms: percentile(warm, 50),
      warmP95Ms: percentile(warm, 95),
    });
    console.log(`· edge ${a.what}: cold p50 ${percentile(cold, 50)} ms, warm p50 ${percentile(warm, 50)} ms`);
  }
  return results;
}

function fileUrl(companies: string[], file: string): string {
  return `${EDGE}/charts/${viewKey(viewFor(DATASET, 'capex', { year: YEAR, companies }))}/${file}`;
}

/** Median LCP of a page under mobile throttling, each sample in a fresh context. */
async function lcpOf(browser: Browser, url: string, samples = 5): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < samples; i++) {
    const { context, page } = await throttledMobilePage(browser);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(800);
    values.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? -1)).observe({
              type: 'largest-contentful-paint',
              buffered: true,
            });
            setTimeout(() => resolve(-1), 3000);
          }),
      ),
    );
    await context.close();
  }
  return percentile(values, 50);
}

/**
 * The static host's paints of a composed permalink under mobile throttling: the screencast's frames, each with
 * the companies whose rows were painted by then (read on every animation frame), laid side by side.
 */
async function filmstrip(browser: Browser, query: string, asked: string[]): Promise<EdgeSection['filmstrip']> {
  // Tall enough that the chart is in frame: on a phone it is below the fold.
  const { context, page } = await throttledMobilePage(browser, {
    deviceScaleFactor: 1,
    viewport: { width: 412, height: 1500 },
  });
  const cdp = await context.newCDPSession(page);
  const frames: Buffer[] = [];
  cdp.on('Page.screencastFrame', (frame: { data: string; sessionId: number }) => {
    frames.push(Buffer.from(frame.data, 'base64'));
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId });
  });
  await page.addInitScript(() => {
    const painted = new Set<string>();
    Reflect.set(window, '__painted', painted);
    // Sampled every 5 ms rather than on animation frames, which a screencast spaces out: stricter than paints.
    setInterval(() => {
      for (const g of document.querySelectorAll<SVGGElement>('.chart-block .chart-variant .chart-row-group')) {
        if (!g.closest('.chart-block')?.querySelector('[data-overview-controls]')) continue;
        if (g.getBoundingClientRect().width > 0 && getComputedStyle(g).visibility !== 'hidden')
          painted.add(g.getAttribute('data-entity') ?? '');
      }
    }, 5);
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1, maxWidth: 412, maxHeight: 1500 });
  await page.goto(`${ORIGIN}/${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-view-arriving'), null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(500);
  await cdp.send('Page.stopScreencast');
  const painted = await page.evaluate(() => [...(Reflect.get(window, '__painted') as Set<string>)]);
  // Each frame cropped to the chart block (its place once drawn), six frames evenly chosen, side by side.
  const box = await page.evaluate(() => {
    const rect = document.querySelector('[data-overview-controls]')?.closest('.chart-block')?.getBoundingClientRect();
    return rect ? { top: Math.max(0, Math.floor(rect.top)), height: Math.ceil(rect.height) } : null;
  });
  await context.close();
  const count = Math.min(6, frames.length);
  const chosen = Array.from(
    { length: count },
    (_, i) => frames[Math.round((i * (frames.length - 1)) / Math.max(1, count - 1))]!,
  );
  const pngs = chosen.map((f) => PNG.sync.read(f));
  const top = Math.min(box?.top ?? 0, ...pngs.map((p) => p.height - 1));
  const height = Math.min(box?.height ?? 800, ...pngs.map((p) => p.height - top));
  const width = pngs.reduce((w, p) => w + p.width + 8, 0);
  const strip = new PNG({ width, height, fill: true });
  strip.data.fill(255);
  let x = 0;
  for (const p of pngs) {
    PNG.bitblt(p, strip, 0, top, p.width, height, x, 0);
    x += p.width + 8;
  }
  const file = path.join('bench', 'edge-filmstrip.png');
  writeFileSync(file, PNG.sync.write(strip));
  return { frames: frames.length, painted: painted.sort(), asked: [...asked].sort(), file };
}

export async function measureEdge(): Promise<EdgeSection> {
  mkdirSync(path.join('bench', '.work'), { recursive: true });
  const bundle = await bundleSize();
  console.log(`· edge bundle: ${bundle.totalKb} KiB, ${bundle.gzipKb} KiB gzip`);
  const edge = await startEdge();
  try {
    const draws = await drawTimes();
    const browser = await chromium.launch({
      executablePath: CHROME,
      args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
    });
    const asked = [PLANNERS[0]!, PLANNERS.at(-2)!];
    const query = `?companies=${asked.join(',')}&highlight=${asked[1]}`;
    // Through the worker, its drawing cached by a first reader: what a shared link's later readers get.
    await timed(`${EDGE}/${query}`);
    const lcp = [
      { what: 'the default view, static host', url: `${ORIGIN}/` },
      { what: 'a composed permalink, static host', url: `${ORIGIN}/${query}` },
      { what: 'a composed permalink, through the edge host', url: `${EDGE}/${query}` },
    ];
    const measured = [];
    for (const l of lcp) {
      const ms = await lcpOf(browser, l.url);
      measured.push({ ...l, url: l.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), ms });
      console.log(`· LCP ${l.what}: ${ms} ms`);
    }
    const strip = await filmstrip(browser, query, asked);
    await browser.close();
    return { bundle, draws, cpuLimitMs: LIMITS.paidCpuMs, lcp: measured, filmstrip: strip };
  } finally {
    process.kill(-edge.pid!, 'SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureEdge(), null, 2));
