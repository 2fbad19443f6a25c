/**
 * Sizes a chart is drawn at. The page bakes "wide" and "narrow" (labels above
 * each bar, so a phone gets the full width for bars) and shows the one that
 * fits its container; exports lay out a "slide" or "preview" chart to fill
 * their frame (labels in a column left of the bars; see frame-layout.ts).
 * Numbers are SVG user units (px at 1×).
 */
export interface ChartLayout {
  name: 'wide' | 'narrow' | 'slide' | 'preview';
  width: number;
  /** Height of one row: label line, bar, note line. */
  rowHeight: number;
  barSize: number;
  labelSize: number;
  sublabelSize: number;
  valueSize: number;
  noteSize: number;
  tickSize: number;
  /** Space kept around the plot; `right` holds the value labels, `left` (left labels) the label column. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Where row labels sit: above their bar (the page) or in a column left of the bars (exports). */
  labels: 'above' | 'left';
  /**
   * 'page': rows are buttons with a focus ring, dimming fades them (the page's CSS can undo it) and
   * derived bars use an SVG pattern. 'export': nothing interactive, colours blended into opaque values,
   * hatching as plain lines, weights 400 and 700 only — SVG 1.1 that office suites and librsvg draw alike.
   */
  target: 'page' | 'export';
  /** Left labels: each row's sublabel, wrapped to the label column (row key → lines). */
  sublabelLines?: Record<string, string[]>;
  /** Exports: each row's name, wrapped to the label column (a long company name takes two lines rather than running into the bars). */
  labelLines?: Record<string, string[]>;
  /** Left labels: space kept under every bar for a row note, so all bars sit alike (0 when no row has one). */
  noteSpace?: number;
}

export const LAYOUTS = {
  wide: {
    name: 'wide',
    width: 760,
    rowHeight: 88,
    barSize: 24,
    labelSize: 15,
    sublabelSize: 13,
    valueSize: 15,
    noteSize: 12.5,
    tickSize: 12,
    margin: { top: 10, right: 84, bottom: 4, left: 14 },
    labels: 'above',
    target: 'page',
  },
  narrow: {
    name: 'narrow',
    width: 360,
    rowHeight: 86,
    barSize: 22,
    labelSize: 14.5,
    sublabelSize: 12,
    valueSize: 14,
    noteSize: 11.5,
    tickSize: 11.5,
    margin: { top: 10, right: 66, bottom: 4, left: 12 },
    labels: 'above',
    target: 'page',
  },
} as const satisfies Record<string, ChartLayout>;

export type LayoutName = keyof typeof LAYOUTS;

/** Height of the axis strip under the rows. */
export function axisHeight(layout: Pick<ChartLayout, 'tickSize'>): number {
  return Math.round(layout.tickSize * 2.2);
}

export function chartHeight(layout: ChartLayout, rows: number): number {
  return layout.margin.top + rows * layout.rowHeight + axisHeight(layout) + layout.margin.bottom;
}
