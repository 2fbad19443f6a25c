/**
 * Where everything goes on an exported chart: a 16:9 slide (1920×1080 and
 * 1200×675, one drawing) or a link preview (1200×630). Designed for the room,
 * not the page scaled down: every size comes from one type scale in points,
 * the rows share out whatever height the slide has, and the row labels sit in
 * their own column left of the bars, clear of the axis. Pure: text is measured
 * by the function the caller passes (the export font, at build time).
 */
import { formatDate } from '../../dataset/labels';
import { type ChartLayout, axisHeight } from './layout';
import { markReach } from './marks';
import type { ChartSpec, LegendItem } from '../model/types';

export type FontWeight = 400 | 700;
/** Width in px of one line of text in the export font at a size (px) and weight. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

/**
 * Point sizes on a 13.33 × 7.5 in slide. Presenters work to 18 pt for anything
 * the back row must read (names and values here: 20 pt) and 12 pt as the floor
 * for footnotes (ticks, source line, footer).
 */
export const TYPE_SCALE_PT = {
  title: 32,
  subtitle: 16,
  label: 20,
  value: 20,
  sublabel: 14,
  legend: 14,
  note: 12,
  tick: 12,
  source: 12,
  footer: 12,
} as const;
export type TypeRole = keyof typeof TYPE_SCALE_PT;

export const FRAMES = {
  /** Both slide sizes are this drawing (the 1200×675 files scale it), so 2 px = 1 pt in each. */
  slide: { width: 1920, height: 1080, pxPerPt: 2, pad: 80 },
  /** Link previews (Open Graph, 1200×630): the 1200×675 slide's scale, a little shorter. */
  preview: { width: 1200, height: 630, pxPerPt: 1.25, pad: 44 },
} as const;
export type FrameName = keyof typeof FRAMES;

export function typeSizes(frame: FrameName): Record<TypeRole, number> {
  const k = FRAMES[frame].pxPerPt;
  return Object.fromEntries(Object.entries(TYPE_SCALE_PT).map(([role, pt]) => [role, pt * k])) as Record<
    TypeRole,
    number
  >;
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight: number;
  weight: FontWeight;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

export interface FrameLayout {
  frame: FrameName;
  width: number;
  height: number;
  title: TextBlock;
  subtitle: TextBlock;
  legend: { size: number; items: PlacedLegendItem[] };
  /** The chart's box and the layout it is drawn with (its height is the box's). */
  chart: { x: number; y: number; height: number; layout: ChartLayout };
  source: TextBlock;
  footer: { left: string; right: string; size: number; y: number; ruleY: number; x1: number; x2: number };
}

/** Greedy word wrap; the last allowed line ends with "…" if the text does not fit. */
export function wrap(
  text: string,
  size: number,
  weight: FontWeight,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, size, weight) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(`${last}…`, size, weight) > maxWidth) last = last.replace(/\s*\S+$/, '');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** What the footer says: the site, the dataset's date and this view's permalink. */
export interface FooterText {
  siteName: string;
  /** The view's absolute permalink, e.g. https://capex.example.org/?highlight=meta */
  permalink: string;
}

export function footerRight(spec: Pick<ChartSpec, 'asOf' | 'version'>, permalink: string): string {
  return `Data as of ${formatDate(spec.asOf)}, v${spec.version} · ${permalink.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1')}`;
}

/** Legend marks are drawn this many legend-text sizes wide. */
export const LEGEND_MARK_WIDTH = 1.4;

/**
 * Lays out one chart in a frame. Throws, naming the chart, if its rows cannot
 * fit at the type scale's sizes: a slide never shrinks its text to fit (a view
 * of many companies is cut to the rows that fit first: lib/charts/geometry/fit.ts).
 */
export function layoutFrame(spec: ChartSpec, frameName: FrameName, measure: Measure, footer: FooterText): FrameLayout {
  const frame = FRAMES[frameName];
  const s = typeSizes(frameName);
  const { width, height, pad } = frame;
  const inner = width - pad * 2;

  const titleLines = wrap(spec.title, s.title, 700, inner, 2, measure);
  const title: TextBlock = {
    lines: titleLines,
    x: pad,
    y: pad + s.title * 0.75,
    size: s.title,
    lineHeight: Math.round(s.title * 1.15),
    weight: 700,
  };
  const titleBottom = title.y + (titleLines.length - 1) * title.lineHeight;
  const subtitle: TextBlock = {
    lines: wrap(spec.subtitle, s.subtitle, 400, inner, 2, measure),
    x: pad,
    y: titleBottom + s.subtitle * 1.75,
    size: s.subtitle,
    lineHeight: Math.round(s.subtitle * 1.3),
    weight: 400,
  };
  const subtitleBottom = subtitle.y + (subtitle.lines.length - 1) * subtitle.lineHeight;

  // The legend flows left to right, wrapping where it must.
  const items: PlacedLegendItem[] = [];
  let lx = pad;
  let ly = subtitleBottom + s.legend * 2.1;
  for (const item of spec.legend) {
    const w = s.legend * (LEGEND_MARK_WIDTH + 0.5) + measure(item.label, s.legend, 400) + s.legend * 1.6;
    if (lx + w > width - pad && lx > pad) {
      lx = pad;
      ly += Math.round(s.legend * 1.6);
    }
    items.push({ ...item, x: lx, y: ly });
    lx += w;
  }
  const chartTop = Math.round(ly + s.legend * 1.1);

  const footerY = Math.round(height - pad * 0.7);
  const ruleY = Math.round(footerY - s.footer * 1.5);
  // A view cut to fit says so first, then whose figures these are.
  const sourceLines = wrap(
    spec.leftOut ? `${spec.leftOut} ${spec.sourceLine}` : spec.sourceLine,
    s.source,
    400,
    inner,
    spec.leftOut ? 3 : 2,
    measure,
  );
  const sourceLineHeight = Math.round(s.source * 1.3);
  const source: TextBlock = {
    lines: sourceLines,
    x: pad,
    y: Math.round(ruleY - s.source * 0.9 - (sourceLines.length - 1) * sourceLineHeight),
    size: s.source,
    lineHeight: sourceLineHeight,
    weight: 400,
  };
  const chartBottom = Math.round(source.y - s.source * 1.8);

  const layout = chartLayout(spec, frameName, inner, chartBottom - chartTop, measure);
  return {
    frame: frameName,
    width,
    height,
    title,
    subtitle,
    legend: { size: s.legend, items },
    chart: { x: pad, y: chartTop, height: chartBottom - chartTop, layout },
    source,
    footer: {
      left: footer.siteName,
      right: footerRight(spec, footer.permalink),
      size: s.footer,
      y: footerY,
      ruleY,
      x1: pad,
      x2: width - pad,
    },
  };
}

/** The chart inside the frame: a label column, bars sharing out the height, value labels on the right. */
export function chartLayout(
  spec: ChartSpec,
  frameName: FrameName,
  width: number,
  height: number,
  measure: Measure,
): ChartLayout {
  const s = typeSizes(frameName);
  const rows = spec.rows;
  const sublabelWidest = Math.max(...rows.map((r) => measure(r.sublabel, s.sublabel, 400)));
  const labelWidest = Math.max(...rows.map((r) => measure(r.label, s.label, 700)));
  // The column takes the longest label, up to 36% of the width; longer sublabels wrap to two lines.
  const column = Math.ceil(Math.min(Math.max(labelWidest, sublabelWidest), width * 0.36));
  const sublabelLines = Object.fromEntries(
    rows.map((r) => [r.key, wrap(r.sublabel, s.sublabel, 400, column, 2, measure)]),
  );
  // A name wider than the column (a long company name) wraps to a second line, at the same size.
  const labelLines = Object.fromEntries(rows.map((r) => [r.key, wrap(r.label, s.label, 700, column, 2, measure)]));
  const gap = Math.round(s.label * 0.8);

  const top = Math.round(s.value * 0.25);
  const axis = axisHeight({ tickSize: s.tick });
  const rowHeight = Math.floor((height - top - axis) / rows.length);
  const barSize = Math.round(Math.min(Math.max(rowHeight * 0.42, s.value), s.value * 2.4));
  const noteSpace = rows.some((r) => r.note) ? Math.round(s.note * 1.5) : 0;
  const valueRoom = Math.max(...rows.map((r) => measure(r.valueLabel, s.value, 700) + markReach(r, barSize)));

  const labelBlock = Math.max(
    ...rows.map(
      (r) =>
        s.label +
        ((labelLines[r.key]?.length ?? 1) - 1) * s.label * 1.15 +
        (sublabelLines[r.key]?.length ?? 1) * s.sublabel * 1.25,
    ),
  );
  const needed = Math.max(labelBlock, barSize + noteSpace) + s.sublabel * 0.4;
  if (rowHeight < needed) {
    throw new FrameOverflow(
      `Chart "${spec.key}" does not fit a ${frameName} (${FRAMES[frameName].width}×${FRAMES[frameName].height}): its ${rows.length} rows need ${Math.ceil(needed)} px each and have ${rowHeight}. Shorten its labels or split it.`,
    );
  }
  return {
    name: frameName,
    width,
    rowHeight,
    barSize,
    labelSize: s.label,
    sublabelSize: s.sublabel,
    valueSize: s.value,
    noteSize: s.note,
    tickSize: s.tick,
    margin: {
      top,
      right: Math.ceil(valueRoom + s.value * 0.5),
      bottom: height - top - axis - rowHeight * rows.length,
      left: column + gap,
    },
    labels: 'left',
    target: 'export',
    sublabelLines,
    labelLines,
    noteSpace,
  };
}

/** A chart whose rows do not fit its frame at the type scale's sizes. */
export class FrameOverflow extends Error {}
