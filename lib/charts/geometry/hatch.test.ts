import { describe, expect, it } from 'vitest';
import { hatchSegments } from './hatch';

describe('hatching', () => {
  it('keeps every line inside the bar it hatches', () => {
    const segments = hatchSegments(100, 50, 300, 40, 12);
    expect(segments.length).toBeGreaterThan(25);
    for (const s of segments) {
      for (const [px, py] of [
        [s.x1, s.y1],
        [s.x2, s.y2],
      ] as const) {
        expect(px).toBeGreaterThanOrEqual(100);
        expect(px).toBeLessThanOrEqual(400);
        expect(py).toBeGreaterThanOrEqual(50);
        expect(py).toBeLessThanOrEqual(90);
      }
    }
  });

  it('draws lines at 45°, evenly spaced, from one end of the bar to the other', () => {
    const segments = hatchSegments(0, 0, 100, 20, 10);
    for (const s of segments) expect(Math.abs(s.x2 - s.x1)).toBeCloseTo(Math.abs(s.y2 - s.y1), 5);
    expect(segments[0]!.x1).toBe(0);
    expect(segments.at(-1)!.x2).toBe(100);
  });

  it('draws nothing in an empty bar', () => {
    expect(hatchSegments(0, 0, 0, 20, 10)).toEqual([]);
  });
});
