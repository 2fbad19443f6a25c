/**
 * Largest Contentful Paint of the overview and the plans embed against a plain-HTML page holding the same
 * SVG, served by the same server and loaded in the same Chromium under mobile throttling: a ratio.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { viewFor } from '@/lib/charts/model/registry';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { parseThemeTokens, resolveColors } from '@/lib/theme/tokens';
import type { ViewParts } from '@/renderer/view-parts';
import { DATASET, PLANS_EMBED, PLANS_KEY } from './pages';
import { CHROME, CHROME_FLAGS, ORIGIN, throttledMobilePage } from './shared';

export const BASELINE_DIR = path.join('out', '_bench');

export function writeBaselines() {
  const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));
  mkdirSync(BASELINE_DIR, { recursive: true });
  const page = (title: string, key: string) => {
    // The narrow chart of the view's body, as the page inlines it.
    const body = (JSON.parse(readFileSync(path.join('.generated', 'views', `${key}.json`), 'utf8')) as ViewParts).body;
    const narrow = /<div class="chart-svg chart-svg--narrow">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(body)![1]!;
    const svg = resolveColors(narrow, tokens, 'light');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="margin:16px;font-family:sans-serif"><h1 style="font-size:1.5rem">${title}</h1><p>Planned capital expenditure, US dollars.</p>${svg.replace('<svg', '<svg style="width:100%;height:auto"')}</body></html>`;
  };
  const title = buildChartSpec(DATASET, viewFor(DATASET, 'capex')).title;
  writeFileSync(path.join(BASELINE_DIR, 'overview.html'), page(title, PLANS_KEY));
  writeFileSync(path.join(BASELINE_DIR, 'embed.html'), page(title, PLANS_KEY));
}

export async function measureLcp(): Promise<
  { page: string; baseline: string; pageMs: number; baselineMs: number; ratio: number }[]
> {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const lcpOf = async (url: string): Promise<number> => {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { context, page } = await throttledMobilePage(browser);
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
