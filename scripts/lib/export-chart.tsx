/**
 * Turns a chart spec into a framed, theme-resolved SVG (and a PNG of it): the
 * slide exports and the link previews. The chart inside is drawn by the same
 * Recharts renderer and from the same spec as the page's chart, laid out for
 * the frame (lib/charts/frame-layout.ts).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartFrame } from '@/components/baked/ChartFrame';
import { type FrameLayout, type FrameName, layoutFrame } from '@/lib/charts/frame-layout';
import type { ChartSpec } from '@/lib/charts/spec';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { type Theme, parseThemeTokens, resolveColors } from '@/lib/theme/tokens';
import { FONT_FAMILY, RESVG_FONT_OPTIONS, measureText } from './fonts';
import { renderChartSvg, roundAttributeNumbers } from './render-svg';

const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));

export function exportFrame(spec: ChartSpec, frame: FrameName): FrameLayout {
  return layoutFrame(spec, frame, measureText, { siteName: SITE_NAME, permalink: absoluteUrl(spec.permalink) });
}

/** The framed chart with its colours still as tokens (var(--color-…)); themed() resolves them. */
export async function exportChartMarkup(spec: ChartSpec, frameName: FrameName): Promise<string> {
  const frame = exportFrame(spec, frameName);
  const chart = await renderChartSvg(spec, frame.chart.layout);
  // The chart's root <svg> becomes a plain group of the frame (no nested viewport), without a second title.
  const content = chart
    .replace(/^<svg\b[^>]*>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<desc>[\s\S]*?<\/desc>/, '');
  return roundAttributeNumbers(renderToStaticMarkup(<ChartFrame frame={frame} fontFamily={FONT_FAMILY} chartSvg={content} description={spec.description} />));
}

/**
 * A standalone SVG file in one theme, at a pixel size: the drawing keeps its
 * viewBox, so the 1200×675 slide is the 1920×1080 one scaled, text sizes and all.
 */
export function themed(markup: string, theme: Theme, size?: { width: number; height: number }): string {
  let svg = resolveColors(markup, tokens, theme);
  if (size) svg = svg.replace(/^(<svg\b[^>]*?)\swidth="[\d.]+"\sheight="[\d.]+"/, `$1 width="${size.width}" height="${size.height}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { font: RESVG_FONT_OPTIONS, fitTo: { mode: 'width', value: width } }).render().asPng();
}
