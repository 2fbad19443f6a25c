/** Lighthouse scores of pages, mobile and desktop: the median of several runs, with the audits that fail. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { FLOOR_PAGE } from './floor';
import { LONGEST_COMPANY, PLANS_EMBED } from './pages';
import { CHROME, CHROME_FLAGS, ORIGIN } from './shared';

const LIGHTHOUSE_PAGES = ['/', LONGEST_COMPANY, PLANS_EMBED, FLOOR_PAGE];
// Five runs and their median: Lighthouse's own advice for scores that vary between runs (its docs, variability.md).
export const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
type Scores = Record<string, number>;
export interface LighthouseResult {
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
        // RUNS runs, the median by performance score (Lighthouse's own advice on variance); a run
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
