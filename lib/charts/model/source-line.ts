/**
 * The line under a chart naming its sources, computed from the figures the
 * chart shows (and the inputs of derived ones), never typed by hand.
 */
import { derivationInputIds } from '../../dataset/derive';
import { getFigure } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';

export interface SourceCredit {
  id: string;
  publisher: string;
}

/** The sources behind these figures, including those behind a derived figure's inputs; alphabetical. */
export function creditedSources(ds: Dataset, figureIds: readonly string[]): SourceCredit[] {
  const seen = new Set<string>();
  const visit = (id: string) => {
    const f = getFigure(ds, id);
    for (const c of f.citations) seen.add(c.source);
    if (f.derivation) derivationInputIds(f.derivation).forEach(visit);
  };
  figureIds.forEach(visit);
  return ds.sources
    .filter((s) => seen.has(s.id))
    .map((s) => ({ id: s.id, publisher: s.publisher }))
    .sort((a, b) => a.publisher.localeCompare(b.publisher, 'en', { sensitivity: 'base' }));
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const month = (m: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${m}-01T00:00:00Z`),
  );

/** The most publishers a source line names: the others are counted, so a slide's line stays a line or two. */
export const MAX_NAMED_PUBLISHERS = 8;

/** "Feb 2025", "Jan and Feb 2026", "Jul 2025 – Feb 2026": the months of some dates (undated ones left out). */
function monthsOf(dates: readonly (string | null)[]): string {
  const months = [...new Set(dates.filter((d) => d !== null).map((d) => d.slice(0, 7)))].sort();
  const [first] = months;
  const last = months.at(-1);
  if (first === undefined || last === undefined) return 'undated';
  return months.length > 2 ? `${month(first)} – ${month(last)}` : list.format(months.map(month));
}

/**
 * "Sources: Anzali, Kodefied and Quartz (news articles, Feb 2025)."; with reports: "Sources: CNBC, Reuters and
 * 12 others (news articles, Feb 2025; reports, Apr 2025 – Feb 2026)."
 */
export function sourceLine(ds: Dataset, figureIds: readonly string[]): string {
  const credits = creditedSources(ds, figureIds);
  if (credits.length === 0) return 'Source: computed from the figures shown.';
  const cited = ds.sources.filter((s) => credits.some((c) => c.id === s.id));
  const articles = cited.filter((s) => s.kind === 'article');
  const reports = cited.filter((s) => s.kind === 'report');
  const kinds = [
    articles.length
      ? `${articles.length === 1 ? 'news article' : 'news articles'}, ${monthsOf(articles.map((s) => s.published))}`
      : '',
    reports.length
      ? `${reports.length === 1 ? 'report' : 'reports'}, ${monthsOf(reports.map((s) => s.published))}`
      : '',
  ].filter(Boolean);
  // A publisher is named once, however many of its articles are cited; quoted articles first, then reports by
  // how reputable they are, so the names a long line keeps are the best.
  const rank = (id: string) => {
    const source = cited.find((s) => s.id === id);
    return source?.kind === 'report' ? source.tier : 0;
  };
  const publishers = [...new Set([...credits].sort((a, b) => rank(a.id) - rank(b.id)).map((c) => c.publisher))];
  const named =
    publishers.length > MAX_NAMED_PUBLISHERS
      ? [...publishers.slice(0, MAX_NAMED_PUBLISHERS - 1), `${publishers.length - MAX_NAMED_PUBLISHERS + 1} others`]
      : publishers;
  const noun = publishers.length === 1 ? 'Source' : 'Sources';
  return `${noun}: ${list.format(named)} (${kinds.join('; ')}).`;
}
