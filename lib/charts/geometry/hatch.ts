/**
 * Diagonal hatching as plain line segments, clipped to a rectangle by
 * arithmetic rather than by an SVG <pattern> or clipPath: office suites import
 * patterns unevenly, and plain lines draw the same in every renderer.
 */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Lines rising at 45° to the right, `spacing` apart (measured along the bar), covering the rectangle exactly. */
export function hatchSegments(x: number, y: number, width: number, height: number, spacing: number): Segment[] {
  const segments: Segment[] = [];
  if (width <= 0 || height <= 0 || spacing <= 0) return segments;
  // Each line is x' + y' = c in the rectangle's own coordinates (y' downwards), for c from spacing/2 up to width + height.
  for (let c = spacing / 2; c < width + height; c += spacing) {
    const x1 = Math.max(0, c - height);
    const x2 = Math.min(width, c);
    segments.push({ x1: round(x + x1), y1: round(y + (c - x1)), x2: round(x + x2), y2: round(y + (c - x2)) });
  }
  return segments;
}
