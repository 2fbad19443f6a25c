/**
 * Checks the dataset against the article texts it was distilled from:
 * every quote appears verbatim, and every dollar amount in every article is
 * either stated by a figure's quote or listed in the ignore list with a reason.
 */
import { findMoneyMentions, type MoneyMention } from '../money/parse';
import type { DataProblem } from './problems';
import type { ArticleSource, Dataset } from './schema';

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

/** How the check names the two folders in its messages. */
interface Folders {
  articlesDir: string;
  dataDir: string;
}

/** A span of an article's normalized text that a figure's quote covers, with the value it states. */
interface StatedSpan {
  start: number;
  end: number;
  low: number;
  high: number;
}

/** A span of an article that an ignore-list entry covers; `used` once a dollar amount falls in it. */
interface IgnoredSpan {
  start: number;
  end: number;
  used: boolean;
  index: number;
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
  const folders = { articlesDir, dataDir };
  const problems = articlesWithoutSource(ds, articles, folders);
  const coverage: CoverageReport[] = [];
  // Reports have no archived text: their citations carry no quote (checks.ts's evidenceByKind).
  for (const source of ds.sources) {
    if (source.kind !== 'article') continue;
    const article = articles.get(source.file);
    if (article === undefined) {
      problems.push({
        code: 'article-missing',
        file: `${dataDir}/sources.json`,
        record: `source "${source.id}"`,
        field: 'file',
        message: `expected the article ${source.file} in ${articlesDir}/`,
      });
      continue;
    }
    const text = normalizeText(article);
    const quoted = quotedSpans(ds, source, text, folders);
    const ignored = ignoredSpans(ds, source, text, folders);
    const covered = amountsCovered(ds, source, text, quoted.spans, ignored.spans, folders);
    problems.push(...quoted.problems, ...ignored.problems, ...covered.problems);
    coverage.push(covered.report);
  }
  return { problems, coverage };
}

/** Every article in the folder is described by a source. */
function articlesWithoutSource(ds: Dataset, articles: ReadonlyMap<string, string>, folders: Folders): DataProblem[] {
  const usedFiles = new Set(ds.sources.map((s) => (s.kind === 'article' ? s.file : null)));
  return [...articles.keys()]
    .filter((file) => !usedFiles.has(file))
    .map((file) => ({
      code: 'article-without-source' as const,
      file: `${folders.articlesDir}/${file}`,
      message: `expected a source in ${folders.dataDir}/sources.json for this article (add one with "file": "${file}")`,
    }));
}

/** Every quote from this source is verbatim in its article; the spans of those that state a value. */
function quotedSpans(
  ds: Dataset,
  source: ArticleSource,
  text: string,
  { articlesDir, dataDir }: Folders,
): { problems: DataProblem[]; spans: StatedSpan[] } {
  const problems: DataProblem[] = [];
  const spans: StatedSpan[] = [];
  for (const figure of ds.figures) {
    figure.citations.forEach((c, i) => {
      // A missing quote is evidenceByKind's to report (quote-missing).
      if (c.source !== source.id || c.quote === undefined) return;
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
      for (const start of at) spans.push({ start, end: start + quote.length, ...figure.value });
    });
  }
  return { problems, spans };
}

/** Every ignore-list entry for this source is found once in its article, its amount inside its context; their spans. */
function ignoredSpans(
  ds: Dataset,
  source: ArticleSource,
  text: string,
  { articlesDir, dataDir }: Folders,
): { problems: DataProblem[]; spans: IgnoredSpan[] } {
  const problems: DataProblem[] = [];
  const spans: IgnoredSpan[] = [];
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
    const start = (at[0] ?? 0) + offset;
    spans.push({ start, end: start + normalizeText(a.text).length, used: false, index });
  });
  return { problems, spans };
}

/**
 * Every dollar amount in the article is stated by a figure's quote or listed in the ignore list, never both;
 * every ignore-list entry covers an amount. Counts how each amount is covered.
 */
function amountsCovered(
  ds: Dataset,
  source: ArticleSource,
  text: string,
  stated: readonly StatedSpan[],
  ignored: IgnoredSpan[],
  { articlesDir, dataDir }: Folders,
): { problems: DataProblem[]; report: CoverageReport } {
  const problems: DataProblem[] = [];
  const report: CoverageReport = { file: source.file, mentions: 0, byFigures: 0, ignored: 0 };
  const entryRecord = (index: number) => {
    const a = ds.ignoredAmounts[index];
    return `ignored amount #${index + 1} ("${a?.text}" in ${a?.source})`;
  };
  for (const m of findMoneyMentions(text)) {
    report.mentions++;
    const end = m.index + m.text.length;
    const byFigure = stated.some((s) => s.start <= m.index && end <= s.end && s.low === m.low && s.high === m.high);
    const ignore = ignored.find((s) => s.start < end && m.index < s.end);
    if (ignore) ignore.used = true;
    if (byFigure) {
      report.byFigures++;
      if (ignore)
        problems.push({
          code: 'ignore-redundant',
          file: `${dataDir}/ignored-amounts.json`,
          record: entryRecord(ignore.index),
          message: 'expected only amounts no figure cites; a figure already states this one, so remove the entry',
        });
    } else if (ignore) {
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
  for (const s of ignored.filter((x) => !x.used)) {
    problems.push({
      code: 'ignore-not-found',
      file: `${dataDir}/ignored-amounts.json`,
      record: entryRecord(s.index),
      field: 'text',
      message: `expected "${ds.ignoredAmounts[s.index]?.text}" to be a dollar amount in the article; none is found there`,
    });
  }
  return { problems, report };
}

function formatMention(m: MoneyMention): string {
  return m.low === m.high ? `${m.low} USD` : `${m.low}–${m.high} USD`;
}
