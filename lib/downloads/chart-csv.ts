/**
 * One chart's numbers as CSV: exactly the values the chart draws (each bar,
 * and each marker on a bar), in its order, with the figure they come from
 * and every quote that reports it. Read from the chart spec, so the CSV and
 * the chart cannot disagree.
 */
import { stringify } from 'csv-stringify/sync';
import type { ChartSpec } from '../charts/spec';
import type { Dataset } from '../dataset/schema';

export const CHART_CSV_COLUMNS = [
  'chart', 'row', 'series', 'entity', 'label', 'period', 'value_label', 'low_usd', 'high_usd', 'qualifier', 'kind',
  'figure_id', 'formula', 'citations', 'source_line',
] as const;

type Cell = string | number | null;

/** "Anzali (2025-02-07): “…quote…”", one per citation, joined by " | ". */
function citationsText(ds: Dataset, figureId: string): string {
  const f = ds.figures.find((x) => x.id === figureId);
  if (!f) throw new Error(`Chart CSV refers to unknown figure "${figureId}"`);
  return f.citations
    .map((c) => {
      const s = ds.sources.find((x) => x.id === c.source);
      return `${s?.publisher ?? c.source} (${s?.published ?? 'undated'}): “${c.quote}”`;
    })
    .join(' | ');
}

export function chartCsvRecords(ds: Dataset, spec: ChartSpec): Record<(typeof CHART_CSV_COLUMNS)[number], Cell>[] {
  const periodOf = (id: string) => ds.figures.find((x) => x.id === id)?.period.label ?? null;
  const formulaOf = (id: string) => ds.figures.find((x) => x.id === id)?.derivation?.description ?? null;
  return spec.rows.flatMap((r) => [
    {
      chart: spec.title,
      row: r.label,
      series: 'bar',
      entity: r.entity,
      label: r.sublabel,
      period: periodOf(r.figureId),
      value_label: r.valueLabel,
      low_usd: r.low,
      high_usd: r.high,
      qualifier: r.qualifier,
      kind: r.kind,
      figure_id: r.figureId,
      formula: formulaOf(r.figureId),
      citations: citationsText(ds, r.figureId),
      source_line: spec.sourceLine,
    },
    ...r.markers.map((m) => {
      const f = ds.figures.find((x) => x.id === m.figureId)!;
      return {
        chart: spec.title,
        row: r.label,
        series: `marker: ${m.name}`,
        entity: f.entity,
        label: m.name,
        period: f.period.label,
        value_label: m.valueLabel,
        low_usd: f.value.low,
        high_usd: f.value.high,
        qualifier: f.qualifier,
        kind: f.kind,
        figure_id: m.figureId,
        formula: formulaOf(m.figureId),
        citations: citationsText(ds, m.figureId),
        source_line: spec.sourceLine,
      };
    }),
  ]);
}

export function chartCsv(ds: Dataset, spec: ChartSpec): string {
  return stringify(chartCsvRecords(ds, spec), {
    header: true,
    columns: [...CHART_CSV_COLUMNS],
    record_delimiter: '\r\n',
    cast: { number: (n) => String(n) },
  });
}
