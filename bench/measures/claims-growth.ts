/**
 * Claims over time at scale: a synthetic tracker of 20 companies over two years, four statements per
 * company-year (a plan, two revisions, the actual: lib/dataset/testing/synthetic.ts), built in a sandbox as
 * `npm run build` builds the site. Reported: the build's time, out/'s files and bytes, the views drawn and the
 * pinned embeds, beside the same tracker with one statement per company-year; and the time from opening the
 * overview as of a day between the statements to that view drawn (Chromium, on loopback, median of 3).
 * Budget: the statements cost the build no more than linearly (four statements at most four times one).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { writeDataset } from '@/server/testing/dataset-folders';
import { syntheticDataset } from '@/lib/dataset/testing/synthetic';
import { statementDays } from '@/lib/dataset/claims';
import { SANDBOX_ROOT, buildInSandbox, makeSandbox } from '@/scripts/lib/sandbox';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/scripts/lib/chromium';
import { PORT, check, serveSite } from './shared';

export const CLAIMS_COMPANIES = 20;

export interface ClaimsRow {
  statements: number;
  figures: number;
  buildSeconds: number;
  outFiles: number;
  outBytes: number;
  pinnedEmbeds: number;
}

export interface ClaimsSection {
  rows: ClaimsRow[];
  asOfDay: string;
  /** From navigation to the as-of view drawn, each run, in ms. */
  asOfViewMs: number[];
}

function outCost(out: string): Pick<ClaimsRow, 'outFiles' | 'outBytes' | 'pinnedEmbeds'> {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(out, f))
    .filter((f) => statSync(f).isFile() && !/\.(br|gz)$/.test(f));
  return {
    outFiles: files.length,
    outBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    pinnedEmbeds: files.filter((f) => f.includes(`${path.sep}embed${path.sep}v${path.sep}`) && f.endsWith('.html'))
      .length,
  };
}

function build(statements: number): { row: ClaimsRow; site: string; day: string } {
  const { files, articles, dataset } = syntheticDataset({ companies: CLAIMS_COMPANIES, years: 2, statements });
  const dirs = writeDataset(path.join(SANDBOX_ROOT, `bench-claims-data-${statements}`), files, articles);
  const site = makeSandbox(`bench-claims-site-${statements}`);
  const result = buildInSandbox(site, { DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir });
  if (result.code !== 0) throw new Error(`the ${statements}-statement build failed:\n${result.output.slice(-2000)}`);
  const days = statementDays(dataset);
  const row = {
    statements,
    figures: dataset.figures.length,
    buildSeconds: Math.round(result.seconds * 10) / 10,
    ...outCost(path.join(site, 'out')),
  };
  console.log(
    `· claims ${CLAIMS_COMPANIES} companies × ${statements} statements: ${row.figures} figures, build ${row.buildSeconds} s, out/ ${row.outFiles} files ${(row.outBytes / 1e6).toFixed(1)} MB, ${row.pinnedEmbeds} pinned embeds`,
  );
  return { row, site, day: days[Math.floor(days.length / 2)] ?? days[0]! };
}

/** Both builds, then the as-of view timed on the four-statement site. */
export async function measureClaimsGrowth(): Promise<ClaimsSection> {
  const one = build(1);
  const four = build(4);
  const ratio = four.row.buildSeconds / one.row.buildSeconds;
  check({
    name: `claims: build with 4 statements per company-year against 1, ${CLAIMS_COMPANIES} companies`,
    value: `${ratio.toFixed(2)}× (${one.row.buildSeconds} → ${four.row.buildSeconds} s)`,
    budget: '≤ 4× (linear)',
    pass: ratio <= 4,
  });
  const port = PORT + 2;
  const server = await serveSite(port, four.site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const asOfViewMs: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(`http://127.0.0.1:${port}/?asof=${four.day}`);
      await page.locator(`.chart-variant:visible[data-view-key*="asof-${four.day}"]`).first().waitFor();
      asOfViewMs.push(Math.round(performance.now() - started));
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const median = [...asOfViewMs].sort((a, b) => a - b)[1]!;
  console.log(`· claims: the overview as of ${four.day} drawn in ${median} ms (runs ${asOfViewMs.join(', ')})`);
  return { rows: [one.row, four.row], asOfDay: four.day, asOfViewMs };
}
