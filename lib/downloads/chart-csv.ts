/**
 * One chart's numbers as CSV: exactly the values the chart draws (each bar,
 * and each marker on a bar), in its order, with the figure they come from
 * and every quote that reports it. Read from the chart spec alone, so the CSV
 * and the chart cannot disagree.
 */
import type { ChartSpec, ChartValue } from '../charts/model/types';
import { toCsv } from './csv';

export const CHART_CSV_COLUMNS = [
  'chart',
  'row',
  'series',
  'entity',
  'label',
  'period',
  'value_label',
  'low_usd',
  'high_usd',
  'qualifier',
  'kind',
  'figure_id',
  'formula',
  'stated',
  'measure',
  'confidence',
  'evidence',
  'citations',
  'source_line',
] as const;

type Cell = string | number | null;

/**
 * "Anzali (2025-02-07): “…quote…”" for an archived article, "Reuters (2025-10-29): reported, <address>" for a
 * report (cited, never quoted); one per citation, joined by " | ".
 */
function citationsText(value: ChartValue): string {
  return value.citations
    .map(
      (c) => `${c.publisher} (${c.published ?? 'undated'}): ${c.quote ? `“${c.quote}”` : `reported, ${c.url ?? ''}`}`,
    )
    .join(' | ');
}

function valueCells(spec: ChartSpec, v: ChartValue) {
  return {
    chart: spec.title,
    entity: v.entity,
    period: v.period,
    value_label: v.valueLabel,
    low_usd: v.low,
    high_usd: v.high,
    qualifier: v.qualifier,
    kind: v.kind,
    figure_id: v.figureId,
    formula: v.formula,
    stated: v.stated,
    measure: v.measure,
    confidence: v.confidence,
    evidence: v.evidence,
    citations: citationsText(v),
    source_line: spec.sourceLine,
  };
}

export function chartCsvRecords(spec: ChartSpec): Record<(typeof CHART_CSV_COLUMNS)[number], Cell>[] {
  return spec.rows.flatMap((r) => [
    { ...valueCells(spec, r), row: r.label, series: 'bar', label: r.sublabel },
    ...r.markers.map((m) => ({ ...valueCells(spec, m), row: r.label, series: `marker: ${m.name}`, label: m.name })),
  ]);
}

export function chartCsv(spec: ChartSpec): string {
  return toCsv(CHART_CSV_COLUMNS, chartCsvRecords(spec));
}
