/**
 * Checks the dataset against the article texts it was distilled from:
 * every quote appears verbatim, and every dollar amount in every article is
 * either stated by a figure's quote or listed in the ignore list with a reason.
 */
import { findMoneyMentions, type MoneyMention } from '../money/parse';
import type { DataProblem } from './problems';
import type { Dataset } from './schema';

/**
 * Quotes are compared after folding whitespace and typographic quotes, so a
 * quote typed with straight quotes still matches the article's curly ones.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Where a quote stops matching the article: the longest prefix found, and what follows it on each side. */
function firstDifference(article: string, quote: string, noun = 'quote'): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (article.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 8) return 'no part of its opening appears in the article';
  const at = article.indexOf(quote.slice(0, lo));
  const quoteNext = quote.slice(lo, lo + 25);
  const articleNext = article.slice(at + lo, at + lo + 25);
  return `it matches for ${lo} characters, then the ${noun} has "${quoteNext}" where the article has "${articleNext}"`;
}

function snippet(text: string, m: MoneyMention): string {
  const start = Math.max(0, m.index - 40);
  const end = Math.min(text.length, m.index + m.text.length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export interface CoverageReport {
  file: string;
  mentions: number;
  byFigures: number;
  ignored: number;
}

export interface ArticleCheckResult {
  problems: DataProblem[];
  coverage: CoverageReport[];
}

/**
 * @param articles article file name → full text
 * @param articlesDir how the folder is named in messages
 */
export function checkAgainstArticles(
  ds: Dataset,
  articles: ReadonlyMap<string, string>,
  articlesDir: string,
  dataDir = 'data',
): ArticleCheckResult {
  const problems: DataProblem[] = [];
  const coverage: CoverageReport[] = [];
  const normalized = new Map([...articles].map(([file, text]) => [file, normalizeText(text)]));
  const usedFiles = new Set(ds.sources.map((s) => s.file));

  for (const file of articles.keys()) {
    if (!usedFiles.has(file)) {
      problems.push({
        code: 'article-without-source',
        file: `${articlesDir}/${file}`,
        message: `expected a source in ${dataDir}/sources.json for this article (add one with "file": "${file}")`,
      });
    }
  }

  for (const source of ds.sources) {
    const text = normalized.get(source.file);
    if (text === undefined) {
      problems.push({
        code: 'article-missing',
        file: `${dataDir}/sources.json`,
        record: `source "${source.id}"`,
        field: 'file',
        message: `expected the article ${source.file} in ${articlesDir}/`,
      });
      continue;
    }

    // Spans of the article each figure's quotes cover, with the value they state.
    const stated: { start: number; end: number; low: number; high: number }[] = [];
    for (const figure of ds.figures) {
      figure.citations.forEach((c, i) => {
        if (c.source !== source.id) return;
        const quote = normalizeText(c.quote);
        const at = occurrences(text, quote);
        if (at.length === 0) {
          problems.push({
            code: 'quote-not-in-article',
            file: `${dataDir}/figures.json`,
            record: `figure "${figure.id}"`,
            field: `citations[${i}].quote`,
            message: `expected the quote verbatim in ${articlesDir}/${source.file}; ${firstDifference(text, quote)}`,
          });
          return;
        }
        if (c.role !== 'states-value') return;
        for (const start of at) stated.push({ start, end: start + quote.length, ...figure.value });
      });
    }

    const ignoredSpans: { start: number; end: number; used: boolean; index: number }[] = [];
    ds.ignoredAmounts.forEach((a, index) => {
      if (a.source !== source.id) return;
      const record = `ignored amount #${index + 1} ("${a.text}" in ${a.source})`;
      const context = normalizeText(a.context);
      const at = occurrences(text, context);
      if (at.length === 0) {
        problems.push({
          code: 'ignore-not-found',
          file: `${dataDir}/ignored-amounts.json`,
          record,
          field: 'context',
          message: `expected the context verbatim in ${articlesDir}/${source.file}; ${firstDifference(text, context, 'context')}`,
        });
        return;
      }
      if (at.length > 1) {
        problems.push({
          code: 'ignore-ambiguous',
          file: `${dataDir}/ignored-amounts.json`,
          record,
          field: 'context',
          message: `expected a context that occurs once; it occurs ${at.length} times, so lengthen it`,
        });
        return;
      }
      const offset = context.indexOf(normalizeText(a.text));
      if (offset === -1) {
        problems.push({
          code: 'ignore-not-found',
          file: `${dataDir}/ignored-amounts.json`,
          record,
          field: 'text',
          message: `expected "${a.text}" inside the context "${a.context}"`,
        });
        return;
      }
      const start = at[0]! + offset;
      ignoredSpans.push({ start, end: start + normalizeText(a.text).length, used: false, index });
    });

    const report: CoverageReport = { file: source.file, mentions: 0, byFigures: 0, ignored: 0 };
    for (const m of findMoneyMentions(text)) {
      report.mentions++;
      const end = m.index + m.text.length;
      const byFigure = stated.some((s) => s.start <= m.index && end <= s.end && s.low === m.low && s.high === m.high);
      const ignore = ignoredSpans.find((s) => s.start < end && m.index < s.end);
      if (byFigure) {
        report.byFigures++;
        if (ignore) {
          ignore.used = true;
          const a = ds.ignoredAmounts[ignore.index]!;
          problems.push({
            code: 'ignore-redundant',
            file: `${dataDir}/ignored-amounts.json`,
            record: `ignored amount #${ignore.index + 1} ("${a.text}" in ${a.source})`,
            message: 'expected only amounts no figure cites; a figure already states this one, so remove the entry',
          });
        }
      } else if (ignore) {
        ignore.used = true;
        report.ignored++;
      } else {
        problems.push({
          code: 'uncovered-amount',
          file: `${articlesDir}/${source.file}`,
          record: `"${m.text}"`,
          message: `expected a figure whose quote states ${formatMention(m)} or an entry in ${dataDir}/ignored-amounts.json; found neither, in "${snippet(text, m)}"`,
        });
      }
    }
    for (const s of ignoredSpans.filter((x) => !x.used)) {
      const a = ds.ignoredAmounts[s.index]!;
      problems.push({
        code: 'ignore-not-found',
        file: `${dataDir}/ignored-amounts.json`,
        record: `ignored amount #${s.index + 1} ("${a.text}" in ${a.source})`,
        field: 'text',
        message: `expected "${a.text}" to be a dollar amount in the article; none is found there`,
      });
    }
    coverage.push(report);
  }

  return { problems, coverage };
}

function formatMention(m: MoneyMention): string {
  return m.low === m.high ? `${m.low} USD` : `${m.low}–${m.high} USD`;
}
