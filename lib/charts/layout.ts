/**
 * Sizes a chart is baked at. The page bakes "wide" and "narrow" and shows the
 * one that fits its container; exports bake "slide" (16:9) and "og" frames
 * around the same rows. Numbers are SVG user units (px at 1×).
 */
export interface ChartLayout {
  name: 'wide' | 'narrow' | 'slide' | 'og';
  width: number;
  /** Height of one row: label line, bar, note line. */
  rowHeight: number;
  barSize: number;
  labelSize: number;
  sublabelSize: number;
  valueSize: number;
  noteSize: number;
  tickSize: number;
  /** Space kept right of the plot for value labels. */
  margin: { top: number; right: number; bottom: number; left: number };
}

export const LAYOUTS = {
  wide: { name: 'wide', width: 760, rowHeight: 88, barSize: 24, labelSize: 15, sublabelSize: 13, valueSize: 15, noteSize: 12.5, tickSize: 12, margin: { top: 10, right: 84, bottom: 4, left: 14 } },
  narrow: { name: 'narrow', width: 360, rowHeight: 86, barSize: 22, labelSize: 14.5, sublabelSize: 12, valueSize: 14, noteSize: 11.5, tickSize: 11.5, margin: { top: 10, right: 66, bottom: 4, left: 12 } },
  slide: { name: 'slide', width: 1600, rowHeight: 128, barSize: 40, labelSize: 26, sublabelSize: 21, valueSize: 27, noteSize: 19, tickSize: 19, margin: { top: 14, right: 150, bottom: 6, left: 22 } },
  og: { name: 'og', width: 1080, rowHeight: 88, barSize: 26, labelSize: 19, sublabelSize: 15, valueSize: 20, noteSize: 14, tickSize: 14, margin: { top: 10, right: 110, bottom: 4, left: 16 } },
} as const satisfies Record<string, ChartLayout>;

export type LayoutName = keyof typeof LAYOUTS;

/** Height of the axis strip under the rows. */
export function axisHeight(layout: ChartLayout): number {
  return Math.round(layout.tickSize * 2.2);
}

export function chartHeight(layout: ChartLayout, rows: number): number {
  return layout.margin.top + rows * layout.rowHeight + axisHeight(layout) + layout.margin.bottom;
}

/** Dimmed rows (another entity is highlighted) keep this much opacity. */
export const DIMMED_OPACITY = 0.28;
