/**
 * The public downloads, as pure functions of the dataset. CSV is written by
 * csv-stringify (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). Money is plain whole USD.
 */
import { stringify } from 'csv-stringify/sync';
import { figureEvidence } from '../dataset/evidence';
import type { Dataset } from '../dataset/schema';

/**
 * Every CSV download starts with a UTF-8 byte-order mark: without it, Excel
 * (opened by double-click) and LibreOffice Calc's default import read the file
 * as Windows-1252 and print "Amazonâ€™s" for "Amazon’s". BOM-aware readers
 * (csv-parse with bom: true, pandas' utf-8-sig, Python's csv with utf-8-sig) drop it.
 */
export function toCsv(columns: readonly string[], rows: Record<string, string | number | null>[]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: '\r\n',
    cast: { number: (n) => String(n) },
  });
}

/** The columns every download promises first (docs/data.md), then the extra ones that keep rows unambiguous. */
export const FIGURE_COLUMNS = [
  'id',
  'entity',
  'metric',
  'period',
  'period_start',
  'period_end',
  'low_usd',
  'high_usd',
  'qualifier',
  'kind',
  'note',
  'segment',
  'period_basis',
  'formula',
  'stated_on',
  'stated_by',
  'stated_at',
  'revises',
  'measure',
  'confidence',
  'evidence',
] as const;

/** A citation's quote, for an archived article; empty for a report, whose sentences are not copied. */
export const CITATION_COLUMNS = ['figure_id', 'source_id', 'quote', 'role', 'evidence'] as const;

export const SOURCE_COLUMNS = [
  'id',
  'publisher',
  'title',
  'published',
  'url',
  'published_basis',
  'url_kind',
  'article_file',
  'kind',
  'tier',
] as const;

export function figuresCsv(ds: Dataset): string {
  return toCsv(
    FIGURE_COLUMNS,
    ds.figures.map((f) => ({
      id: f.id,
      entity: f.entity,
      metric: f.metric,
      period: f.period.label,
      period_start: f.period.start,
      period_end: f.period.end,
      low_usd: f.value.low,
      high_usd: f.value.high,
      qualifier: f.qualifier,
      kind: f.kind,
      note: f.note ?? null,
      segment: f.segment,
      period_basis: f.period.basis,
      formula: f.derivation?.description ?? null,
      stated_on: f.stated.on,
      stated_by: f.stated.by,
      stated_at: f.stated.at,
      revises: f.revises ?? null,
      measure: f.measure ?? null,
      confidence: f.confidence ?? null,
      evidence: figureEvidence(f, (id) => ds.sources.find((s) => s.id === id)?.kind ?? 'article'),
    })),
  );
}

export function citationsCsv(ds: Dataset): string {
  return toCsv(
    CITATION_COLUMNS,
    ds.figures.flatMap((f) =>
      f.citations.map((c) => ({
        figure_id: f.id,
        source_id: c.source,
        quote: c.quote ?? null,
        role: c.role,
        evidence: c.quote === undefined ? 'reported' : 'quoted',
      })),
    ),
  );
}

export function sourcesCsv(ds: Dataset): string {
  return toCsv(
    SOURCE_COLUMNS,
    ds.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.headline,
      published: s.published,
      url: s.url,
      published_basis: s.kind === 'article' ? s.publishedBasis : null,
      url_kind: s.kind === 'article' ? s.urlKind : null,
      article_file: s.kind === 'article' ? s.file : null,
      kind: s.kind,
      tier: s.kind === 'report' ? s.tier : null,
    })),
  );
}

/** The whole dataset as one JSON document, for programmatic use. */
export function datasetJson(ds: Dataset): string {
  return `${JSON.stringify(ds, null, 2)}\n`;
}

/** The dataset downloads, each with the function that writes it: the routes, the release archive and the changelog read this list. */
export const DOWNLOADS = [
  {
    href: '/data/figures.csv',
    label: 'figures.csv',
    make: figuresCsv,
    description:
      'Every figure: entity, metric, period, low and high in USD, qualifier, kind, when and by whom it was stated, what it revises, its evidence.',
  },
  {
    href: '/data/citations.csv',
    label: 'citations.csv',
    make: citationsCsv,
    description:
      'Every citation: figure id, source id, and the verbatim quote of an archived article (reports are cited, not quoted).',
  },
  {
    href: '/data/sources.csv',
    label: 'sources.csv',
    make: sourcesCsv,
    description: 'Every source: archived articles and reports, with publisher, headline, date, URL.',
  },
  {
    href: '/data/dataset.json',
    label: 'dataset.json',
    make: datasetJson,
    description: 'All of the above and the disagreements, as JSON.',
  },
] as const;
