import { describe, expect, it } from 'vitest';
import type { ChartMarker } from '../model/types';
import { DERIVED_TINT, RANGE_TINT, RUN_RATE_REACH, diamondPoints, legendShapes, markReach, rowMarks } from './marks';

const box = { x: 100, y: 10, bar: 20, pxPerUsd: 1e-9, scale: 1, strength: 100 };
const marker = (mark: ChartMarker['mark'], high: number) => ({ mark, high, figureId: `m-${mark}` }) as ChartMarker;

describe('the marks, one geometry for the page, the slide and the legends', () => {
  it('draws a range as a solid bar to the low end and a tint of the same colour to the high end, capped', () => {
    const groups = rowMarks(
      { figureId: 'f', low: 60e9, high: 65e9, style: 'solid', colorToken: '--color-series-4', markers: [] },
      box,
    );
    expect(groups.map((g) => g.mark)).toEqual(['bar', 'range']);
    const [tint, cap] = groups[1]!.shapes;
    expect(tint).toMatchObject({
      kind: 'rect',
      x: 160,
      width: 5,
      fill: { token: '--color-series-4', percent: RANGE_TINT },
    });
    expect(cap).toMatchObject({ kind: 'line', x1: 165, x2: 165 });
  });

  it('hatches a derived value over a tint, so a computed number never passes for a reported one', () => {
    const [derived] = rowMarks(
      { figureId: 'f', low: 125e9, high: 125e9, style: 'derived', colorToken: '--color-stargate', markers: [] },
      box,
    );
    expect(derived!.mark).toBe('derived');
    expect(derived!.shapes[0]).toMatchObject({ kind: 'rect', fill: { percent: DERIVED_TINT } });
    expect(derived!.shapes.filter((s) => s.kind === 'line').length).toBeGreaterThan(10);
  });

  it('blends a dimmed row’s colours with the page at its strength', () => {
    const [bar] = rowMarks(
      { figureId: 'f', low: 1e9, high: 1e9, style: 'solid', colorToken: '--color-series-1', markers: [] },
      { ...box, strength: 28 },
    );
    expect(bar!.shapes[0]).toMatchObject({ fill: { token: '--color-series-1', percent: 28 } });
  });

  it('places the run-rate diamond on its value and lets a value label start past its reach', () => {
    const row = {
      figureId: 'f',
      low: 100e9,
      high: 100e9,
      style: 'solid' as const,
      colorToken: '--color-series-1',
      markers: [marker('run-rate', 105e9)],
    };
    const diamond = rowMarks(row, box).find((g) => g.mark === 'run-rate')!.shapes[0]!;
    expect(diamond).toMatchObject({ kind: 'polygon', points: diamondPoints(205, 20, 20 * 0.42) });
    expect(markReach(row, 20)).toBe(20 * RUN_RATE_REACH);
    expect(markReach({ markers: [marker('prior-year', 83e9)] }, 20)).toBe(0);
  });

  it('keys every mark a chart draws, in its box', () => {
    for (const mark of ['bar', 'range', 'derived', 'run-rate', 'prior-year'] as const) {
      const shapes = legendShapes(mark, { x: 0, y: 0, width: 18, height: 10 });
      expect(shapes.length, mark).toBeGreaterThan(0);
    }
    expect(legendShapes('range', { x: 0, y: 0, width: 18, height: 10 })[1]).toMatchObject({
      fill: { percent: RANGE_TINT },
    });
  });
});
