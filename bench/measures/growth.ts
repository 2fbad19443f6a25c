/**
 * The bench's growth table: synthetic trackers of 5, 10, 20 and 40 companies (lib/dataset/testing/synthetic.ts),
 * each built in a sandbox (scripts/lib/sandbox.ts) as `npm run build` builds the site: build time, bake time,
 * the views drawn, out/'s files and bytes, and the largest page. Lighthouse (mobile) on the overview at 20.
 * Budget: growth is linear, so doubling the companies from 20 to 40 at most doubles each cost (2ⁿ views, as
 * the build drew before, would multiply them by a million). What one more company costs at each end is
 * reported beside it: each company page and each highlighted view draws every company, an n × n part.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { bakedViews } from '@/lib/charts/model/baked-views';
import { writeDataset } from '@/server/testing/dataset-folders';
import { syntheticDataset } from '@/lib/dataset/testing/synthetic';
import { SANDBOX_ROOT, buildInSandbox, makeSandbox } from '@/scripts/lib/sandbox';
import { type LighthouseResult, runLighthouse } from './lighthouse';
import { BUDGETS, PORT, check, serveSite } from './shared';

export const GROWTH_SIZES = [5, 10, 20, 40] as const;
/** Linear growth: doubling the companies (20 → 40) at most doubles each cost, with a tenth for noise. */
export const DOUBLING_BUDGET = 2.2;

export interface GrowthRow {
  companies: number;
  buildSeconds: number;
  bakeSeconds: number | null;
  views: number;
  outFiles: number;
  outBytes: number;
  largestPage: { route: string; bytes: number; brotli: number };
}

function outCost(out: string): Pick<GrowthRow, 'outFiles' | 'outBytes' | 'largestPage'> {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(out, f))
    .filter((f) => statSync(f).isFile() && !/\.(br|gz)$/.test(f));
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => ({ file: f, bytes: statSync(f).size }));
  const largest = pages.sort((a, b) => b.bytes - a.bytes)[0]!;
  const route = `/${path.relative(out, largest.file).replace(/(index)?\.html$/, '')}`;
  return {
    outFiles: files.length,
    outBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    largestPage: { route, bytes: largest.bytes, brotli: brotliCompressSync(readFileSync(largest.file)).length },
  };
}

/** Builds each size in its sandbox; returns the rows and the sandbox of `keep` (to serve it). */
export function measureGrowth(keep: number): { rows: GrowthRow[]; kept: string } {
  const rows: GrowthRow[] = [];
  let kept = '';
  for (const companies of GROWTH_SIZES) {
    const { files, articles, dataset } = syntheticDataset({ companies, years: 1 });
    const dirs = writeDataset(path.join(SANDBOX_ROOT, `bench-data-${companies}`), files, articles);
    const site = makeSandbox(`bench-site-${companies}`);
    const build = buildInSandbox(site, { DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir });
    if (build.code !== 0) throw new Error(`the ${companies}-company build failed:\n${build.output.slice(-2000)}`);
    const bake = /baked .* in (\d+) ms/.exec(build.output);
    const row: GrowthRow = {
      companies,
      buildSeconds: Math.round(build.seconds * 10) / 10,
      bakeSeconds: bake ? Math.round(Number(bake[1]) / 100) / 10 : null,
      views: bakedViews(dataset).length,
      ...outCost(path.join(site, 'out')),
    };
    rows.push(row);
    if (companies === keep) kept = site;
    console.log(
      `· growth ${companies} companies: build ${row.buildSeconds} s, ${row.views} views, out/ ${row.outFiles} files ${(row.outBytes / 1e6).toFixed(1)} MB, largest page ${row.largestPage.route} ${(row.largestPage.bytes / 1024).toFixed(0)} kB`,
    );
  }
  return { rows, kept };
}

/** What one more company costs between two sizes. */
function perCompany(rows: GrowthRow[], from: number, to: number, value: (r: GrowthRow) => number): number {
  const [a, b] = [rows.find((r) => r.companies === from)!, rows.find((r) => r.companies === to)!];
  return (value(b) - value(a)) / (to - from);
}

export interface GrowthRatio {
  measure: string;
  /** The cost at 20 and at 40 companies. */
  at20: number;
  at40: number;
  /** at40 / at20: linear growth with a fixed part keeps it at or under 2; n² makes it 4, 2ⁿ a million. */
  ratio: number;
  budget: number;
  /** What one more company costs from 5 to 10, and from 20 to 40: equal when growth is strictly linear. */
  perCompany: { small: number; large: number };
}

/** Each measure when the companies double from 20 to 40, against the linear budget. */
export function growthRatios(rows: GrowthRow[]): GrowthRatio[] {
  const measures: [string, (r: GrowthRow) => number][] = [
    ['views', (r) => r.views],
    ['out/ files', (r) => r.outFiles],
    ['out/ bytes', (r) => r.outBytes],
    ['largest page, bytes', (r) => r.largestPage.bytes],
    ['build, seconds', (r) => r.buildSeconds],
  ];
  const [a, b] = [rows.find((r) => r.companies === 20)!, rows.find((r) => r.companies === 40)!];
  return measures.map(([measure, value]) => ({
    measure,
    at20: value(a),
    at40: value(b),
    ratio: Math.round((value(b) / value(a)) * 100) / 100,
    budget: DOUBLING_BUDGET,
    perCompany: { small: perCompany(rows, 5, 10, value), large: perCompany(rows, 20, 40, value) },
  }));
}

/** The growth table, its budgets checked, and Lighthouse mobile on the overview at 20 companies. */
export interface GrowthSection {
  measuredAt: string;
  rows: GrowthRow[];
  ratios: ReturnType<typeof growthRatios>;
  lighthouse: LighthouseResult[];
}

/** Synthetic trackers of 5 to 40 companies, built in sandboxes (bench/measures/growth.ts); Lighthouse mobile on the overview at 20. */
export async function measureGrowthSection(): Promise<GrowthSection> {
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
  const server = await serveSite(PORT + 1, kept);
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
