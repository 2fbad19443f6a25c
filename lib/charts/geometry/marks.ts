/**
 * The marks of a chart, as geometry: one home for every place that draws
 * them. A row of the chart (a bar, its range, its hatching, its markers) and
 * each key of a legend (the page's and the slide's) are lists of shapes in
 * user units, computed here and drawn by one component
 * (components/view/Shapes.tsx). Colours are paints: a colour token and how
 * much of it to keep (tints, dimming), which the drawing turns into
 * var(--color-…) or a colour blended with the page. Pure and
 * dependency-free but for the hatching.
 */
import { hatchSegments } from './hatch';
import type { ChartRow, LegendMark, MarkerKind } from '../model/types';

/** The lighter part of a range bar (low to high) keeps this much of its colour. */
export const RANGE_TINT = 32;
/** The fill behind a derived bar's hatching. */
export const DERIVED_TINT = 22;

/** The run-rate diamond's half-diagonal, in bar thicknesses. */
const DIAMOND_RADIUS = 0.42;
/** How far past its value the run-rate diamond reaches, in bar thicknesses: a value label starts beyond it. */
export const RUN_RATE_REACH = 0.45;

/** A colour token (`--color-amazon`) and the share of it kept, blended with the page (100: the token itself). */
export interface Paint {
  token: string;
  percent: number;
}

export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: Paint | null;
      stroke?: Paint;
      strokeWidth?: number;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Paint; strokeWidth: number }
  | { kind: 'polygon'; points: string; fill: Paint; stroke?: Paint; strokeWidth?: number };

/** The shapes of one mark of a row, with what it shows: drawn as one group, named for tests and readers of the SVG. */
export interface MarkGroup {
  mark: 'bar' | 'derived' | 'range' | MarkerKind;
  figureId: string;
  shapes: Shape[];
}

const INK = '--color-ink';
const ACTUAL = '--color-actual';
const MUTED = '--color-muted';
const PAGE = '--color-page';

/** Diamond corners around a centre, as SVG polygon points: no transform for an office suite to get wrong. */
export function diamondPoints(cx: number, cy: number, r: number): string {
  return `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`;
}

/** How far past the end of its longest value a row's marks reach: the run-rate diamond's point, if it has one. */
export function markReach(row: Pick<ChartRow, 'markers'>, bar: number): number {
  return row.markers.some((m) => m.mark === 'run-rate') ? bar * RUN_RATE_REACH : 0;
}

/** Where a row's bar sits and how it is scaled: the bar starts at `x` (zero on the axis). */
export interface RowBox {
  x: number;
  /** Top of the bar. */
  y: number;
  /** Thickness of the bar. */
  bar: number;
  pxPerUsd: number;
  /** Stroke widths and hatching scale with the type (1 at 12 px ticks). */
  scale: number;
  /** The share of its colour a row keeps (100, or less when dimmed in an export). */
  strength: number;
}

/** A row's marks: the solid (or hatched) bar to the low end, a range's lighter rest with a cap, then its markers. */
export function rowMarks(
  row: Pick<ChartRow, 'figureId' | 'low' | 'high' | 'style' | 'colorToken' | 'markers'>,
  box: RowBox,
): MarkGroup[] {
  const { x, y, bar, pxPerUsd, scale, strength } = box;
  const paint = (token: string, percent = 100): Paint => ({ token, percent: (percent * strength) / 100 });
  const color = paint(row.colorToken);
  const lowWidth = Math.max(row.low * pxPerUsd, 1);
  const groups: MarkGroup[] = [];
  if (row.style === 'derived') {
    // Hatched over a tint, so a computed number never passes for a reported one.
    groups.push({
      mark: 'derived',
      figureId: row.figureId,
      shapes: [
        { kind: 'rect', x, y, width: lowWidth, height: bar, fill: paint(row.colorToken, DERIVED_TINT) },
        ...hatchSegments(x, y, lowWidth, bar, 8.5 * scale).map((s): Shape => ({
          kind: 'line',
          ...s,
          stroke: color,
          strokeWidth: 3 * scale,
        })),
        { kind: 'rect', x, y, width: lowWidth, height: bar, fill: null, stroke: color, strokeWidth: 1.5 * scale },
      ],
    });
  } else {
    groups.push({
      mark: 'bar',
      figureId: row.figureId,
      shapes: [{ kind: 'rect', x, y, width: lowWidth, height: bar, fill: color }],
    });
  }
  if (row.high > row.low) {
    const end = x + row.high * pxPerUsd;
    groups.push({
      mark: 'range',
      figureId: row.figureId,
      shapes: [
        {
          kind: 'rect',
          x: x + row.low * pxPerUsd,
          y,
          width: (row.high - row.low) * pxPerUsd,
          height: bar,
          fill: paint(row.colorToken, RANGE_TINT),
        },
        {
          kind: 'line',
          x1: end,
          x2: end,
          y1: y - 3 * scale,
          y2: y + bar + 3 * scale,
          stroke: color,
          strokeWidth: 2.5 * scale,
        },
      ],
    });
  }
  const midY = y + bar / 2;
  for (const m of row.markers) {
    const mx = x + m.high * pxPerUsd;
    const shapes: Shape[] =
      m.mark === 'prior-year'
        ? [
            // A page-coloured halo under the line keeps it readable over the bar.
            {
              kind: 'line',
              x1: mx,
              x2: mx,
              y1: y - 5 * scale,
              y2: y + bar + 5 * scale,
              stroke: { token: PAGE, percent: 100 },
              strokeWidth: 5 * scale,
            },
            {
              kind: 'line',
              x1: mx,
              x2: mx,
              y1: y - 5 * scale,
              y2: y + bar + 5 * scale,
              stroke: paint(INK),
              strokeWidth: 2 * scale,
            },
          ]
        : [
            {
              kind: 'polygon',
              points: diamondPoints(mx, midY, bar * DIAMOND_RADIUS),
              fill: paint(INK),
              stroke: { token: PAGE, percent: 100 },
              strokeWidth: 1.5 * scale,
            },
          ];
    groups.push({ mark: m.mark, figureId: m.figureId, shapes });
  }
  return groups;
}

/** A legend key drawn in a box (the page's legend and the slide's): the mark as the chart draws it, in neutral colours. */
export function legendShapes(mark: LegendMark, box: { x: number; y: number; width: number; height: number }): Shape[] {
  const { x, y, width: w, height: h } = box;
  const muted: Paint = { token: MUTED, percent: 100 };
  const ink: Paint = { token: INK, percent: 100 };
  switch (mark) {
    case 'bar':
      return [{ kind: 'rect', x, y, width: w, height: h, fill: muted }];
    case 'actual':
      return [{ kind: 'rect', x, y, width: w, height: h, fill: { token: ACTUAL, percent: 100 } }];
    case 'range':
      return [
        { kind: 'rect', x, y, width: w / 2, height: h, fill: muted },
        { kind: 'rect', x: x + w / 2, y, width: w / 2, height: h, fill: { token: MUTED, percent: RANGE_TINT } },
        {
          kind: 'line',
          x1: x + w,
          x2: x + w,
          y1: y - h * 0.17,
          y2: y + h * 1.17,
          stroke: muted,
          strokeWidth: h * 0.17,
        },
      ];
    case 'derived':
      return [
        ...hatchSegments(x, y, w, h, h * 0.5).map((s): Shape => ({
          kind: 'line',
          ...s,
          stroke: muted,
          strokeWidth: h * 0.14,
        })),
        { kind: 'rect', x, y, width: w, height: h, fill: null, stroke: muted, strokeWidth: h * 0.11 },
      ];
    case 'run-rate':
      return [{ kind: 'polygon', points: diamondPoints(x + w / 2, y + h / 2, h * 0.58), fill: ink }];
    case 'prior-year':
      return [
        {
          kind: 'line',
          x1: x + w / 2,
          x2: x + w / 2,
          y1: y - h * 0.2,
          y2: y + h * 1.2,
          stroke: ink,
          strokeWidth: h * 0.2,
        },
      ];
  }
}
