import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../charts/model/spec';
import { viewFor } from '../charts/model/registry';
import { frozenDataset } from '../dataset/testing/frozen';
import { firstPlans } from '../dataset/testing/test-datasets';
import { chartCsv } from './chart-csv';

const ds = frozenDataset();
const read = (text: string) =>
  parse<Record<string, string>>(text, { bom: true, columns: true, record_delimiter: '\r\n' });

describe('chart CSV', () => {
  it('has one line per bar and per marker, in the chart’s order, with the chart’s numbers', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'capex', firstPlans));
    const lines = read(chartCsv(spec));
    const expected = spec.rows.flatMap((r) => [
      [r.figureId, r.low, r.high],
      ...r.markers.map((m) => [m.figureId, m.low, m.high]),
    ]);
    expect(lines.map((l) => [l.figure_id, Number(l.low_usd), Number(l.high_usd)])).toEqual(expected);
    expect(lines.map((l) => l.value_label)).toEqual(
      spec.rows.flatMap((r) => [r.valueLabel, ...r.markers.map((m) => m.valueLabel)]),
    );
  });

  it('keeps Meta’s range as low and high, and Stargate’s basis as the chart shows it', () => {
    const perYear = read(chartCsv(buildChartSpec(ds, viewFor(ds, 'capex', firstPlans))));
    expect(perYear.find((l) => l.entity === 'meta')).toMatchObject({
      low_usd: '60000000000',
      high_usd: '65000000000',
      value_label: '$60–65B',
      qualifier: 'range',
    });
    expect(perYear.find((l) => l.entity === 'stargate')).toMatchObject({ low_usd: '125000000000', kind: 'derived' });
    const total = read(chartCsv(buildChartSpec(ds, viewFor(ds, 'capex', { ...firstPlans, basis: 'total' }))));
    expect(total.find((l) => l.entity === 'stargate')).toMatchObject({
      low_usd: '500000000000',
      high_usd: '500000000000',
    });
  });

  it('carries every citation of each value, quote intact, and the chart’s source line', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'amazon-capex'));
    const lines = read(chartCsv(spec));
    for (const line of lines) {
      const f = ds.figures.find((x) => x.id === line.figure_id)!;
      for (const c of f.citations) expect(line.citations).toContain(c.quote);
      expect(line.source_line).toBe(spec.sourceLine);
    }
    expect(lines.find((l) => l.figure_id === 'amazon-capex-2025-run-rate')!.formula).toMatch(/×|x|\*/);
  });

  it('is written from the chart spec alone: a value changed in the spec is the value in the CSV', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'aws-revenue'));
    const edited = {
      ...spec,
      rows: spec.rows.map((r, i) => (i === 0 ? { ...r, low: 1, high: 2, valueLabel: '$1–2' } : r)),
    };
    expect(read(chartCsv(edited))[0]).toMatchObject({ low_usd: '1', high_usd: '2', value_label: '$1–2' });
  });
});
