import { describe, expect, it } from 'vitest';
import { derive, roundingTolerance, withinRounding } from './derive';
import type { Figure } from './schema';

const fig = (id: string, low: number, high = low) => ({ id, value: { low, high } }) as Figure;
const byId = (figs: Figure[]) => (id: string) => figs.find((f) => f.id === id);

describe('derive', () => {
  it('multiplies a quarter by four for an annual run-rate', () => {
    const r = derive(
      { op: 'multiply', input: 'q4', by: 4, description: 'x', statedInSource: true },
      byId([fig('q4', 26.3e9)]),
    );
    expect(r).toEqual({ ok: true, value: { low: 105.2e9, high: 105.2e9 } });
  });

  it('divides a multi-year total into a yearly average', () => {
    const r = derive(
      { op: 'divide', input: 't', by: 4, description: 'x', statedInSource: false },
      byId([fig('t', 500e9)]),
    );
    expect(r).toEqual({ ok: true, value: { low: 125e9, high: 125e9 } });
  });

  it('sums ranges end by end', () => {
    const r = derive(
      { op: 'sum', inputs: ['a', 'b'], description: 'x', statedInSource: false },
      byId([fig('a', 100e9), fig('b', 60e9, 65e9)]),
    );
    expect(r).toEqual({ ok: true, value: { low: 160e9, high: 165e9 } });
  });

  it('names the inputs it cannot find', () => {
    const r = derive(
      { op: 'sum', inputs: ['a', 'nope'], description: 'x', statedInSource: false },
      byId([fig('a', 1)]),
    );
    expect(r).toEqual({ ok: false, missing: ['nope'] });
  });
});

describe('rounding', () => {
  it('allows half a unit of the last significant digit', () => {
    expect(roundingTolerance(105.2e9)).toBe(5e7);
    expect(roundingTolerance(125e9)).toBe(5e8);
  });

  it('accepts $105B for 105.2 computed, but not $104B', () => {
    expect(withinRounding({ low: 105e9, high: 105e9 }, { low: 105.2e9, high: 105.2e9 })).toBe(true);
    expect(withinRounding({ low: 104e9, high: 104e9 }, { low: 105.2e9, high: 105.2e9 })).toBe(false);
  });
});
