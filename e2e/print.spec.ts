import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageCharts } from '../lib/charts/model/page-charts';
import { contextFigures, datasetMeta, getFigure, getSource, figuresFor, sourcesByDate } from '@/server/data';
import { formatDate, metricLabel } from '../lib/dataset/labels';
import { formatValueShort } from '../lib/money/format';
import { buildChartSpec } from '../lib/charts/model/spec';
import type { View } from '../lib/url/view';
import { PAGE_KINDS, dataset } from './helpers';

/**
 * Pages printed as fact sheets (Chromium's print to PDF, A4 and US Letter), read back with
 * pdftotext as a reader's PDF tools would: no controls, every figure's value and first quote
 * on paper, the permalink and the dataset's as-of date on every page, within a page budget.
 * The screen theme is dark: paper is light whatever it is.
 */
/**
 * Pages on paper, at most, from what the page holds: a page for the header and notes, a page per ten chart
 * rows and per five figure entries; the sources a page per nine sources; the changelog one.
 */
function budget(path: string): number {
  if (path === '/changelog') return 1;
  if (path === '/sources') return Math.ceil(sourcesByDate().length / 9);
  if (path === '/methodology') return 5;
  const { charts, entries } = contentOf(path);
  const rows = charts.reduce((n, c) => n + buildChartSpec(dataset, c).rows.length, 0);
  return Math.ceil(1 + rows / 10 + entries.length / 5);
}

/** What the screen offers to click, none of which means anything on paper. */
const CONTROL_LABELS = [
  /Copy (link|image|code|APA|Chicago|BibTeX)/,
  /Embed\s*▾/,
  /Download\s*▾/,
  /Cite\s*▾/,
  /Chart\s+Table/,
  /Per year \(average\)\s+Total commitment/,
];

/** The charts a page shows, and the figures it prints in full (its figure entries). */
function contentOf(path: string): {
  charts: View[];
  entries: string[];
} {
  if (path === '/') return { charts: pageCharts(dataset, 'overview'), entries: contextFigures().map((f) => f.id) };
  if (!path.startsWith('/companies/')) return { charts: [], entries: [] };
  const slug = path.split('/').pop()!;
  return { charts: pageCharts(dataset, slug), entries: figuresFor(slug).map((f) => f.id) };
}

/** The figures a page must print, each with its value and first quote: its entries and every value its charts draw. */
function figuresOn(path: string): string[] {
  const { charts, entries } = contentOf(path);
  return [...new Set([...entries, ...charts.flatMap((c) => buildChartSpec(dataset, c).figureIds)])];
}

/** Text as words, whitespace folded: for labels. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
/**
 * Text compared for containment with no whitespace and no hyphens: a line may break anywhere
 * ("2025–⏎2028"), and pdftotext joins a word hyphenated at a line's end, dropping the hyphen.
 */
const squeeze = (s: string) => s.replace(/[\s\u00ad\u2010-]+/g, '');

for (const path of PAGE_KINDS) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${path} prints on ${format} as a fact sheet in at most ${budget(path)} page(s)`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expect(page.locator('html[data-share="ready"]')).toHaveCount(1);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;

      // Light on paper whatever the screen's theme.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const { ink, paper } = await page.evaluate(() => ({
        ink: getComputedStyle(document.body).color,
        paper: getComputedStyle(document.documentElement).backgroundColor,
      }));
      expect(ink).toBe('rgb(24, 24, 27)');
      expect(paper).toBe('rgb(255, 255, 255)');

      const file = testInfo.outputPath(`${format}.pdf`);
      writeFileSync(file, await page.pdf({ format }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
      const pages = text.split('\f').slice(0, -1);
      expect(pages.length, `${path} on ${format}`).toBeLessThanOrEqual(budget(path));

      const asOf = `Data as of ${formatDate(datasetMeta().asOf)}`;
      pages.forEach((p, i) => {
        expect(p, `page ${i + 1}: the permalink`).toContain(canonical);
        expect(p, `page ${i + 1}: the as-of date`).toContain(asOf);
        expect(p, `page ${i + 1}: its number`).toContain(`Page ${i + 1} of ${pages.length}`);
      });

      for (const label of CONTROL_LABELS) expect(flat(pages.join(' ')), 'a control printed').not.toMatch(label);
      const all = squeeze(pages.join(''));
      for (const id of figuresOn(path)) {
        const f = getFigure(id);
        expect(all, `${id}: its value`).toContain(squeeze(formatValueShort(f.value, f.qualifier)));
        const quote = f.citations[0]?.quote;
        if (quote) expect(all, `${id}: its first quote`).toContain(squeeze(quote));
      }

      // Nothing split across pages: a chart's title is on the page of its chart (its source line under it),
      // and a figure's entry is on one page (its heading and every quote together).
      const onOnePage = (...texts: string[]) => pages.some((p) => texts.every((t) => squeeze(p).includes(squeeze(t))));
      const { charts, entries } = contentOf(path);
      for (const c of charts) {
        const spec = buildChartSpec(dataset, c);
        expect(onOnePage(spec.title, spec.sourceLine), `${spec.title}: title and chart on one page`).toBe(true);
      }
      for (const id of entries) {
        const f = getFigure(id);
        expect(
          onOnePage(
            `${metricLabel(f)} · ${f.period.label}`,
            ...f.citations.map((c) => c.quote ?? getSource(c.source).publisher),
          ),
          `${id}: its entry on one page`,
        ).toBe(true);
      }
    });
  }
}

test('the overview prints the view it shows: each page’s running head carries its as-of date in the permalink, its quotes are the companies shown', async ({
  page,
}) => {
  // As of the day the archived articles ran, every plan shown is quoted from one of them.
  const articlesDay = sourcesByDate()
    .filter((s) => s.kind === 'article')
    .map((s) => s.published)
    .sort()
    .at(-1);
  const query = `companies=amazon,meta&basis=total&highlight=meta&asof=${articlesDay}`;
  await page.goto(`/?${query}`);
  await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(1);
  await expect(page.locator(`.chart-variant:visible[data-view-key*="asof-${articlesDay}"]`).first()).toBeVisible();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
    input: await page.pdf({ format: 'A4' }),
  }).toString('utf8');
  for (const p of text.split('\f').slice(0, -1)) expect(squeeze(p)).toContain(squeeze(`asof=${articlesDay}`));
  expect(squeeze(text)).toContain(squeeze(getFigure('meta-capex-2025').citations[0]!.quote!));
  expect(squeeze(text)).not.toContain(squeeze(getFigure('microsoft-capex-fy2025').citations[0]!.quote!));
});
