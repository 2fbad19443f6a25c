/**
 * The bench's measure of views drawn on demand (part of npm run bench):
 *  - what the on-demand renderer costs in bytes, by what a reader asks for
 *    (a composed view, its first file, its PowerPoint file, its citation),
 *    from the bundles' import graph (.generated/page-script.json);
 *  - on Lighthouse's mobile conditions (4× CPU slowdown, 150 ms RTT,
 *    1.6 Mbit/s): the time from a click on a company to the composed view
 *    shown (the renderer not loaded yet, then loaded), from opening a
 *    composed view's permalink to the view shown, the time to have each of
 *    its files, and the click's interaction to next paint (Event Timing).
 * Medians of RUNS runs, each in a fresh browser context (cold caches).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type Page, chromium } from '@playwright/test';
import type { OnDemandFile, PageScriptManifest } from '@/scripts/build-page-script';
import { chartSlug, viewKey } from '@/lib/charts/model/keys';
import { viewFor } from '@/lib/charts/model/registry';
import { loadDataset } from '@/server/dataset';
import { latestPlanYear, plansOf } from '@/lib/dataset/query';
import { datasetDir } from '@/server/dataset';
import { throttledMobilePage } from './shared';

/** The overview's plans chart and its companies, from the data: the clicks drop the fourth, then the last. */
const DATASET = loadDataset(datasetDir()).dataset!;
const YEAR = latestPlanYear(DATASET);
const BLOCK = `#${chartSlug(viewFor(DATASET, 'capex', { year: YEAR }))}`;
const PLANNERS = plansOf(DATASET, YEAR).map((p) => p.entity);
const keyOf = (companies: string[]) => viewKey(viewFor(DATASET, 'capex', { year: YEAR, companies }));
const [FIRST_DROPPED, SECOND_DROPPED] = [PLANNERS[3]!, PLANNERS.at(-1)!];
const AFTER_FIRST = PLANNERS.filter((e) => e !== FIRST_DROPPED).map((e) => e.slug);
const AFTER_SECOND = AFTER_FIRST.filter((s) => s !== SECOND_DROPPED.slug);
const PERMALINK_COMPANIES = [PLANNERS[0]!.slug, PLANNERS[3]!.slug];

const RUNS = Number(process.env.BENCH_COMPOSED_RUNS ?? 3);

export interface BytesCost {
  what: string;
  files: number;
  raw: number;
  gzip: number;
  /** What the server sends: the build's Brotli copies. */
  brotli: number;
}

function closure(files: Record<string, OnDemandFile>, roots: string[], withDynamic = false): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !files[url]) return;
    seen.add(url);
    for (const i of files[url].imports) visit(i);
    if (withDynamic) for (const i of files[url].dynamicImports) visit(i);
  };
  roots.forEach(visit);
  return seen;
}

/** Bytes of the renderer, by request: each row counts only what the rows before it have not loaded yet. */
export function onDemandCosts(outDir = 'out'): BytesCost[] {
  const manifest = JSON.parse(readFileSync('.generated/page-script.json', 'utf8')) as PageScriptManifest;
  const files = manifest.onDemandFiles;
  const view = closure(files, [manifest.onDemand.view.src]);
  const file = closure(files, [manifest.onDemand.files.src]);
  const pptx = closure(files, [manifest.onDemand.files.src], true);
  const cite = closure(files, [manifest.onDemand.cite.src]);
  const size = (urls: Iterable<string>, what: string): BytesCost => {
    const list = [...urls];
    const local = (url: string) => path.join(outDir, url);
    return {
      what,
      files: list.length,
      raw: list.reduce((n, u) => n + statSync(local(u)).size, 0),
      gzip: list.reduce((n, u) => n + gzipSync(readFileSync(local(u))).length, 0),
      brotli: list.reduce(
        (n, u) => n + (statSync(`${local(u)}.br`, { throwIfNoEntry: false })?.size ?? statSync(local(u)).size),
        0,
      ),
    };
  };
  const minus = (a: Set<string>, ...b: Set<string>[]) => [...a].filter((u) => !b.some((s) => s.has(u)));
  return [
    size(view, 'draw a composed view'),
    size(minus(file, view), 'then make its first file (PNG, SVG or CSV): resvg’s WebAssembly and the export font'),
    size(minus(pptx, file, view), 'then its PowerPoint file: pptxgenjs, JSZip, xmldom'),
    size(minus(cite, view), 'then its citation: Citation.js and citeproc-js'),
    size(new Set([...view, ...pptx, ...cite]), 'all of it'),
  ];
}

export interface ComposedTimings {
  /** Click on a company to the composed view shown: the first time (renderer fetched) and the next (loaded). */
  firstSwitchMs: number;
  nextSwitchMs: number;
  /** Opening a composed view's permalink: navigation start to the view shown. */
  permalinkMs: number;
  /** The worst interaction to next paint of the company clicks. */
  inpMs: number;
  /** Click to saved file, in the order they were asked for (the first fetches resvg and the font). */
  files: { file: string; ms: number }[];
}

const FILES = ['1920x1080-light.png', '1920x1080-light.svg', 'chart.pptx', 'data.csv'];

/**
 * In every page of a throttled context: the time each view key is first painted on the overview's
 * visible variant (window.__shownAt, from navigation start), the time of every click, and the duration
 * of every interaction (Event Timing).
 */
function instrument(block: string) {
  const w: Instrumented = { __shownAt: {}, __clicks: [], __interactions: [] };
  Reflect.set(window, '__bench', w);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      if (e.interactionId) w.__interactions.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  document.addEventListener('click', (e) => w.__clicks.push(e.timeStamp), { capture: true });
  const record = () => {
    for (const v of document.querySelectorAll<HTMLElement>(`${block} .chart-variant`)) {
      const key = v.getAttribute('data-view-key');
      if (key && v.offsetParent && !(key in w.__shownAt)) {
        w.__shownAt[key] = -1;
        // In the DOM now: painted in the next frame.
        requestAnimationFrame(() => (w.__shownAt[key] = performance.now()));
      }
    }
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-view-key'],
  });
}

type Instrumented = { __shownAt: Record<string, number>; __clicks: number[]; __interactions: number[] };

async function throttledPage(browser: Browser) {
  const { context, page } = await throttledMobilePage(browser, { acceptDownloads: true });
  // tsx names functions with a helper (__name) that a page does not have: give it one before the function runs there.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(instrument, BLOCK);
  return { context, page };
}

async function shownAt(page: Page, key: string): Promise<number> {
  await page.waitForFunction((k) => ((Reflect.get(window, '__bench') as Instrumented).__shownAt[k] ?? -1) > 0, key, {
    timeout: 60_000,
    polling: 100,
  });
  return page.evaluate((k) => (Reflect.get(window, '__bench') as Instrumented).__shownAt[k] ?? -1, key);
}

async function oneRun(browser: Browser, origin: string): Promise<ComposedTimings> {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(`${origin}/`);
    await page.locator('[data-overview-controls="ready"]').waitFor();
    const switchTo = async (company: string, key: string) => {
      await page.getByRole('checkbox', { name: company }).click();
      const at = await shownAt(page, key);
      const clicked = await page.evaluate(() => (Reflect.get(window, '__bench') as Instrumented).__clicks.at(-1) ?? 0);
      return Math.round(at - clicked);
    };
    const firstSwitchMs = await switchTo(FIRST_DROPPED.name, keyOf(AFTER_FIRST));
    const nextSwitchMs = await switchTo(SECOND_DROPPED.name, keyOf(AFTER_SECOND));
    const inpMs = Math.round(
      Math.max(0, ...(await page.evaluate(() => (Reflect.get(window, '__bench') as Instrumented).__interactions))),
    );

    const actions = page.locator(`${BLOCK} .chart-variant-actions:visible`);
    await actions.locator('summary', { hasText: 'Download' }).click();
    const files: ComposedTimings['files'] = [];
    for (const file of FILES) {
      const started = performance.now();
      const saved = page.waitForEvent('download', { timeout: 120_000 });
      await actions.locator(`button[data-make-file="${file}"]`).click();
      await saved;
      files.push({ file, ms: Math.round(performance.now() - started) });
    }

    // A permalink to a composed view, opened afresh (nothing cached): navigation start to the view painted.
    const { context: fresh, page: opened } = await throttledPage(browser);
    try {
      await opened.goto(`${origin}/?companies=${PERMALINK_COMPANIES.join(',')}`);
      const permalinkMs = Math.round(await shownAt(opened, keyOf(PERMALINK_COMPANIES)));
      return { firstSwitchMs, nextSwitchMs, permalinkMs, inpMs, files };
    } finally {
      await fresh.close();
    }
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureComposedViews(
  origin: string,
  chromePath: string,
  chromeFlags: string[],
): Promise<ComposedTimings & { runs: ComposedTimings[] }> {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: chromeFlags.filter((f) => !f.startsWith('--headless')),
  });
  try {
    const runs: ComposedTimings[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await oneRun(browser, origin));
      console.log(`· composed view run ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
    }
    const pick = (f: (t: ComposedTimings) => number) => median(runs.map(f));
    return {
      firstSwitchMs: pick((t) => t.firstSwitchMs),
      nextSwitchMs: pick((t) => t.nextSwitchMs),
      permalinkMs: pick((t) => t.permalinkMs),
      inpMs: pick((t) => t.inpMs),
      files: FILES.map((file) => ({ file, ms: median(runs.map((t) => t.files.find((x) => x.file === file)!.ms)) })),
      runs,
    };
  } finally {
    await browser.close();
  }
}
