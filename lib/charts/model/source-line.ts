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

/** "Sources: Anzali, Kodefied and Quartz (news articles, Feb 2025)."; "Source: Reuters (news articles, Jan and Feb 2026)." */
export function sourceLine(ds: Dataset, figureIds: readonly string[]): string {
  const credits = creditedSources(ds, figureIds);
  if (credits.length === 0) return 'Source: computed from the figures shown.';
  const months = [
    ...new Set(ds.sources.filter((s) => credits.some((c) => c.id === s.id)).map((s) => s.published.slice(0, 7))),
  ].sort();
  const when = months.map((m) =>
    new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    ),
  );
  // A publisher is named once, however many of its articles are cited.
  const publishers = [...new Set(credits.map((c) => c.publisher))];
  const noun = publishers.length === 1 ? 'Source' : 'Sources';
  const article = credits.length === 1 ? 'news article' : 'news articles';
  return `${noun}: ${list.format(publishers)} (${article}, ${list.format(when)}).`;
}
