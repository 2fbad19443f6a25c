/** The bench's report: bench/report.json, and bench/report.md with each headline number before and after. */
import { readFileSync } from 'node:fs';
import type { BuildCost } from './build-cost';
import type { BytesCost, ComposedTimings } from './composed-views';
import { FLOOR_PAGE } from './floor';
import type { GrowthSection } from './growth';
import type { ClaimsSection } from './claims-growth';
import type { EdgeSection } from './edge';
import { type LighthouseResult, RUNS } from './lighthouse';
import { LONGEST_COMPANY, PLANS_EMBED } from './pages';
import type { RouteBytes } from './route-bytes';
import { checks, kb } from './shared';

export interface Report {
  measuredAt: string;
  machine: string;
  build: BuildCost;
  bytes: RouteBytes[];
  pageScript: { src: string; gzip: number; brotli: number };
  onDemand: BytesCost[];
  composed: ComposedTimings & { runs: ComposedTimings[] };
  lighthouse: LighthouseResult[];
  lcp: { page: string; baseline: string; pageMs: number; baselineMs: number; ratio: number }[];
  growth: GrowthSection | null;
  /** Optional: reports written before claims over time have none. */
  claims?: ClaimsSection | null;
  /** Optional: reports written before the edge host have none. */
  edge?: EdgeSection;
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
export function previousReport(): Partial<Report> & {
  times?: { buildMs: number | null; bakeMs: number | null; imagesMs: number | null };
} {
  try {
    // The bench wrote it, in the shape of this function's return type.
    return JSON.parse(readFileSync('bench/report.json', 'utf8')) as ReturnType<typeof previousReport>;
  } catch {
    return {};
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

export function markdown(r: Report, previous: ReturnType<typeof previousReport>): string {
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
    ...(r.claims
      ? [
          '## Claims over time: 20 companies, four statements per company-year',
          '',
          'Synthetic trackers of 20 companies over two years (lib/dataset/testing/synthetic.ts), one with a plan per company-year, one with a plan, two revisions and the actual each, built by `npm run build` in a sandbox. Budget: four statements cost the build at most four times one. The as-of view is the overview as of a day between the statements, from navigation to the view drawn in Chromium on loopback.',
          '',
          '| statements per company-year | figures | build | out/ files | out/ bytes | pinned embeds |',
          '|---|---|---|---|---|---|',
          ...r.claims.rows.map(
            (c) =>
              `| ${c.statements} | ${c.figures} | ${c.buildSeconds} s | ${c.outFiles} | ${(c.outBytes / 1e6).toFixed(1)} MB | ${c.pinnedEmbeds} |`,
          ),
          '',
          `The overview as of ${r.claims.asOfDay}: ${[...r.claims.asOfViewMs].sort((a, b) => a - b)[1]} ms (runs ${r.claims.asOfViewMs.join(', ')}).`,
          '',
        ]
      : []),
    ...(r.edge ? edgeLines(r.edge) : []),
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

function edgeLines(e: EdgeSection): string[] {
  const ms = (what: string) => e.lcp.find((l) => l.what.startsWith(what))?.ms ?? 0;
  const base = ms('the default view');
  return [
    '## The edge host (workerd, loopback)',
    '',
    `The worker as wrangler would upload it: ${e.bundle.totalKb} KiB, **${e.bundle.gzipKb} KiB compressed**, against Cloudflare's limit of ${e.bundle.limitMb} MB compressed on the paid plan (${e.bundle.freeLimitMb} MB on the free plan).`,
    '',
    `Time to answer, by what is asked: the first request of a fresh worker; cache misses (views it had not drawn: p50, p95); cache hits (the same views again). Wall time in workerd on this machine: the drawing is synchronous, so it bounds the CPU time Cloudflare bills and limits (${e.cpuLimitMs / 1000} s per request on the paid plan by default, 10 ms on the free plan, which these drawings exceed).`,
    '',
    '| asked | first | miss p50 | miss p95 | hit p50 | hit p95 |',
    '|---|---|---|---|---|---|',
    ...e.draws.map(
      (d) =>
        `| ${d.what} | ${d.firstMs} ms | ${d.coldP50Ms} ms | ${d.coldP95Ms} ms | ${d.warmP50Ms} ms | ${d.warmP95Ms} ms |`,
    ),
    '',
    "Largest Contentful Paint on Lighthouse's mobile conditions (median of 5, each in a fresh browser; the worker's drawing cached by a first reader):",
    '',
    '| page | LCP | against the default view |',
    '|---|---|---|',
    ...e.lcp.map((l) => `| ${l.what} (\`${l.url}\`) | ${l.ms} ms | ${(l.ms / base).toFixed(2)}× |`),
    '',
    `On the static host alone, the composed permalink's paints (${e.filmstrip.frames} frames, \`${e.filmstrip.file}\`): the companies whose rows were ever painted, sampled every 5 ms, were ${e.filmstrip.painted.join(', ')}; it asked for ${e.filmstrip.asked.join(', ')}.`,
    '',
  ];
}
