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
  slide: { name: 'slide', width: 1760, rowHeight: 132, barSize: 36, labelSize: 28, sublabelSize: 22, valueSize: 29, noteSize: 20.5, tickSize: 21, margin: { top: 14, right: 150, bottom: 4, left: 22 } },
  og: { name: 'og', width: 1096, rowHeight: 84, barSize: 22, labelSize: 18, sublabelSize: 14.5, valueSize: 19, noteSize: 13.5, tickSize: 14, margin: { top: 10, right: 96, bottom: 2, left: 14 } },
} as const satisfies Record<string, ChartLayout>;

export type LayoutName = keyof typeof LAYOUTS;

/** The least height a row needs so its note line clears the next row's label. */
export function minRowHeight(l: ChartLayout): number {
  return Math.ceil(l.barSize + l.noteSize * 1.6 + l.labelSize * 1.8);
}

/** Height of the axis strip under the rows. */
export function axisHeight(layout: ChartLayout): number {
  return Math.round(layout.tickSize * 2.2);
}

export function chartHeight(layout: ChartLayout, rows: number): number {
  return layout.margin.top + rows * layout.rowHeight + axisHeight(layout) + layout.margin.bottom;
}

/**
 * A layout for a given box: the base layout's type and bar sizes, the box's
 * width, and rows as tall as the box allows (within bounds). An export fills
 * its frame instead of shrinking a page-sized chart into it.
 */
export function fitLayout(base: ChartLayout, width: number, height: number, rows: number): ChartLayout {
  const { top, bottom } = base.margin;
  const available = (height - top - bottom - axisHeight(base)) / rows;
  const rowHeight = Math.max(minRowHeight(base), Math.min(base.rowHeight, Math.floor(available)));
  return { ...base, width: Math.floor(width), rowHeight };
}

/** Dimmed rows (another entity is highlighted) keep this much opacity. */
export const DIMMED_OPACITY = 0.28;
