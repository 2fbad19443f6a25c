/**
 * Turns a chart spec into a framed, theme-resolved SVG (and a PNG of it): the
 * link-preview images and the slide exports. The chart inside is drawn by the
 * same renderer and from the same spec as the page's chart.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartFrame, type FrameLegendItem } from '@/components/charts/ChartFrame';
import { type ChartLayout, LAYOUTS, chartHeight, fitLayout } from '@/lib/charts/layout';
import type { ChartSpec } from '@/lib/charts/spec';
import { formatDate } from '@/lib/dataset/labels';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import { type Theme, parseThemeTokens, resolveColors } from '@/lib/theme/tokens';
import { FONT_FAMILY, RESVG_FONT_OPTIONS, measureText, wrapText } from './fonts';
import { renderChartSvg } from './render-svg';

const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));

export interface ExportOptions {
  width: number;
  height: number;
  theme: Theme;
  /** The dataset's date, shown in the footer. */
  asOf: string;
}

/** A layout's type, bars and margins scaled, e.g. for a 1200×675 slide from the 1920 one. */
function scaleLayout(l: ChartLayout, k: number): ChartLayout {
  const m = l.margin;
  return {
    ...l,
    rowHeight: l.rowHeight * k,
    barSize: l.barSize * k,
    labelSize: l.labelSize * k,
    sublabelSize: l.sublabelSize * k,
    valueSize: l.valueSize * k,
    noteSize: l.noteSize * k,
    tickSize: l.tickSize * k,
    margin: { top: m.top * k, right: m.right * k, bottom: m.bottom * k, left: m.left * k },
  };
}

/** The framed chart with its colours still as tokens (var(--color-…)); themed() resolves them. */
export async function exportChartMarkup(spec: ChartSpec, o: Omit<ExportOptions, 'theme'>): Promise<string> {
  const u = o.width / 1200; // type scale relative to a 1200-wide frame
  const pad = Math.round(52 * u);
  const inner = o.width - pad * 2;

  const title = { size: 40 * u, lineHeight: 46 * u, lines: wrapText(spec.title, 40 * u, 700, inner, 2) };
  const subtitle = { size: 21 * u, lineHeight: 27 * u, lines: wrapText(spec.subtitle, 21 * u, 400, inner, 2) };
  const subtitleTop = pad + title.size * 0.8 + (title.lines.length - 1) * title.lineHeight + subtitle.size * 1.5;

  // The legend flows left to right, wrapping where it must.
  const legendSize = 16 * u;
  const legendY0 = subtitleTop + (subtitle.lines.length - 1) * subtitle.lineHeight + legendSize * 2.2;
  const items: FrameLegendItem[] = [];
  let lx = pad;
  let ly = legendY0;
  for (const item of spec.legend) {
    const w = legendSize * 1.8 + measureText(item.label, legendSize) + legendSize * 1.6;
    if (lx + w > o.width - pad && lx > pad) {
      lx = pad;
      ly += legendSize * 1.6;
    }
    items.push({ ...item, x: lx, y: ly });
    lx += w;
  }

  const footer = { size: 15 * u, y: o.height - pad * 0.7, left: SITE_NAME, right: `Data as of ${formatDate(o.asOf)} · ${SITE_URL.replace(/^https?:\/\//, '')}${spec.href === '/' ? '' : spec.href}` };
  const source = { size: 16 * u, lineHeight: 21 * u, lines: wrapText(spec.sourceLine, 16 * u, 400, inner, 2), y: 0 };
  source.y = footer.y - footer.size * 1.4 - 14 * u - (source.lines.length - 1) * source.lineHeight - source.size * 0.4;
  // Notes (one bullet each) sit above the source line: what a reader must know to read the chart right.
  const notes = { size: 14.5 * u, lineHeight: 19 * u, lines: spec.notes.flatMap((n) => wrapText(`• ${n}`, 14.5 * u, 400, inner, 3)), y: 0 };
  notes.y = source.y - source.size * 1.5 - (notes.lines.length - 1) * notes.lineHeight;

  // The chart is laid out for the space between legend and source line; if its rows cannot fit even at
  // their minimum height, it is scaled down to fit.
  const base = o.width >= 1600 ? LAYOUTS.slide : LAYOUTS.og;
  const chartTop = ly + legendSize * 1.3;
  const chartBottom = notes.lines.length ? notes.y - notes.size - 14 * u : source.y - source.size * 1.7;
  const available = chartBottom - chartTop;
  const k0 = o.width / (base === LAYOUTS.slide ? 1920 : 1200);
  let layout = fitLayout(scaleLayout(base, k0), inner, available, spec.rows.length);
  // Too many rows for the space even at their minimum height: shrink the chart's type and bars, not its width.
  const natural = chartHeight(layout, spec.rows.length);
  if (natural > available) layout = fitLayout(scaleLayout(base, (k0 * available) / natural), inner, available, spec.rows.length);
  const naturalW = layout.width;
  const naturalH = chartHeight(layout, spec.rows.length);
  const scale = Math.min(1, inner / naturalW, available / naturalH);
  const chart = (await renderChartSvg(spec, layout, false)).replace(
    /^<svg\b([^>]*?)\swidth="[\d.]+"\sheight="[\d.]+"/,
    `<svg$1 x="${pad}" y="${chartTop.toFixed(1)}" width="${(naturalW * scale).toFixed(1)}" height="${(naturalH * scale).toFixed(1)}"`,
  );

  const markup = renderToStaticMarkup(
    <ChartFrame
      width={o.width}
      height={o.height}
      pad={pad}
      fontFamily={FONT_FAMILY}
      title={title}
      subtitle={subtitle}
      legend={{ items, size: legendSize }}
      chartSvg={chart}
      notes={notes}
      source={source}
      footer={footer}
      description={spec.description}
    />,
  );
  return markup;
}

/** A standalone SVG file in one theme, optionally carrying its fonts (see embeddedFontFaces). */
export function themed(markup: string, theme: Theme, fontFaces?: string): string {
  let svg = resolveColors(markup, tokens, theme);
  if (fontFaces) svg = svg.replace(/^(<svg\b[^>]*>)/, `$1<defs><style>${fontFaces}</style></defs>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

export async function exportChartSvg(spec: ChartSpec, o: ExportOptions): Promise<string> {
  return themed(await exportChartMarkup(spec, o), o.theme);
}

export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { font: RESVG_FONT_OPTIONS, fitTo: { mode: 'width', value: width } }).render().asPng();
}
