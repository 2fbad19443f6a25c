import { describe, expect, it } from 'vitest';
import { frozenDataset } from '../../dataset/testing/frozen';
import { firstPlans } from '../../dataset/testing/test-datasets';
import { bakedViews } from '../model/baked-views';
import { applyFormatCode, nativeChart, speakerNotes } from './native-chart';
import { buildChartSpec } from '../model/spec';
import { viewFor } from '../model/registry';

const ds = frozenDataset();
const overview = buildChartSpec(ds, viewFor(ds, 'capex', firstPlans));

describe('the native PowerPoint chart', () => {
  it('prints every bar’s value label exactly as the site does, from a number format on its cell', () => {
    for (const c of bakedViews(ds)) {
      const chart = nativeChart(buildChartSpec(ds, c));
      for (const p of chart.points) {
        expect(applyFormatCode(p.formatCode, p.values[p.labelSeries]!), p.figureId).toBe(p.valueLabel);
      }
    }
    expect(nativeChart(overview).points.map((p) => p.valueLabel)).toEqual(
      expect.arrayContaining(['~$100B', '$60–65B', '$80B', '$105.2B', '~$83B']),
    );
  });

  it('holds every value the chart draws, markers included, listed bottom-up so the chart reads top-down', () => {
    const chart = nativeChart(overview);
    expect(chart.points.map((p) => p.figureId).reverse()).toEqual([
      'amazon-capex-2025-plan',
      'amazon-capex-2025-run-rate',
      'amazon-capex-2024',
      'microsoft-capex-fy2025',
      'alphabet-capex-2025',
      'meta-capex-2025',
      'stargate-investment-per-year',
    ]);
    expect(new Set(chart.points.map((p) => p.figureId))).toEqual(new Set(overview.figureIds));
  });

  it('draws a range as its low end over a lighter high end, labelled as a range', () => {
    const meta = nativeChart(overview).points.find((p) => p.figureId === 'meta-capex-2025')!;
    expect(meta.values).toEqual({ range: 65, value: 60, derived: null });
    expect(meta.labelSeries).toBe('range');
  });

  it('puts derived values in their own, hatched series, never among reported ones', () => {
    const chart = nativeChart(overview);
    const stargate = chart.points.find((p) => p.figureId === 'stargate-investment-per-year')!;
    expect(stargate.values).toEqual({ range: null, value: null, derived: 125 });
    expect(chart.series.map((s) => s.name)).toEqual([
      'Range, low to high',
      'Planned or reported',
      'Computed, not reported',
    ]);
    expect(nativeChart(buildChartSpec(ds, viewFor(ds, 'aws-revenue'))).series.map((s) => s.name)).toEqual(['Reported']);
  });

  it('dims the companies not highlighted', () => {
    const chart = nativeChart(buildChartSpec(ds, viewFor(ds, 'capex', { ...firstPlans, highlight: 'meta' })));
    expect(chart.points.filter((p) => !p.dimmed).map((p) => p.figureId)).toEqual(['meta-capex-2025']);
  });

  it('reads the axis in the chart’s unit, on the site’s ticks', () => {
    expect(nativeChart(overview).axis).toMatchObject({ max: 125, step: 25 });
    expect(applyFormatCode('"$"0"B"', 25)).toBe('$25B');
  });
});

describe('speaker notes', () => {
  const notes = speakerNotes(overview, 'https://capex.example.org/');

  it('carry every citation of every bar: quote, publisher, headline, date and address', () => {
    for (const v of overview.rows.flatMap((r) => [r, ...r.markers])) {
      for (const c of v.citations) {
        expect(notes).toContain(`“${c.quote}” — ${c.publisher}, “${c.headline}”`);
        if (c.url) expect(notes).toContain(c.url);
      }
    }
    expect(notes).toMatch(/7 Feb 2025/);
  });

  it('carry the chart’s notes, derived figures’ formulas, the source line and the permalink', () => {
    for (const n of overview.notes) expect(notes).toContain(n);
    expect(notes).toContain('Computed: The $500B commitment spread evenly over its four years.');
    expect(notes).toContain(overview.sourceLine);
    expect(notes).toContain('This view: https://capex.example.org/');
  });
});
