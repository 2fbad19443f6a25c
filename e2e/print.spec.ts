import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chartSpec } from '../lib/charts/page-charts';
import { pageCharts } from '../lib/charts/variants';
import { contextFigures, datasetMeta, figure, figuresFor } from '../lib/data';
import { formatDate } from '../lib/dataset/labels';
import { formatValueShort } from '../lib/money/format';
import { type COMPANIES, PAGES } from './helpers';

/**
 * Pages printed as fact sheets (Chromium's print to PDF, A4 and US Letter), read back with
 * pdftotext as a reader's PDF tools would: no controls, every figure's value and first quote
 * on paper, the permalink and the dataset's as-of date on every page, within a page budget.
 * The screen theme is dark: paper is light whatever it is.
 */
/** Pages on paper, at most: the overview in three, Amazon (the longest company) in five, the other companies in three. */
function budget(path: string): number {
  if (path === '/') return 3;
  if (path === '/companies/amazon') return 5;
  if (path.startsWith('/companies/')) return 3;
  return path === '/changelog' ? 1 : 4;
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

/** The figures a page must print, each with its value and first quote: its figure entries and every value its charts draw. */
function figuresOn(path: string): string[] {
  if (path === '/') return [...new Set([...chartSpec('capex-2025').figureIds, ...contextFigures().map((f) => f.id)])];
  const slug = path.split('/').pop() as (typeof COMPANIES)[number];
  if (!path.startsWith('/companies/')) return [];
  const charted = pageCharts(slug).flatMap((c) => chartSpec(c.id, { highlight: c.highlight }).figureIds);
  return [...new Set([...figuresFor(slug).map((f) => f.id), ...charted])];
}

/** Text compared as words: whitespace folded, and hyphens dropped (pdftotext joins a word hyphenated at a line's end). */
const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/[-\u00ad\u2010]/g, '');

for (const path of PAGES) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${path} prints on ${format} as a fact sheet in at most ${budget(path)} page(s)`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expect(page.locator('html[data-share="ready"]')).toHaveCount(1);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;

      // Light on paper whatever the screen's theme.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const { ink, paper } = await page.evaluate(() => ({ ink: getComputedStyle(document.body).color, paper: getComputedStyle(document.documentElement).backgroundColor }));
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

      const all = flat(pages.join(' '));
      for (const label of CONTROL_LABELS) expect(all, 'a control printed').not.toMatch(label);
      for (const id of figuresOn(path)) {
        const f = figure(id);
        expect(all, `${id}: its value`).toContain(formatValueShort(f.value, f.qualifier));
        const quote = f.citations[0]?.quote;
        if (quote) expect(all, `${id}: its first quote`).toContain(flat(quote));
      }
    });
  }
}

test('the overview prints the view it shows: its permalink carries the URL state', async ({ page }) => {
  await page.goto('/?highlight=meta&basis=total');
  await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(1);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: await page.pdf({ format: 'A4' }) }).toString('utf8');
  for (const p of text.split('\f').slice(0, -1)) expect(p).toContain(new URL('/?basis=total&highlight=meta', canonical).href);
});
