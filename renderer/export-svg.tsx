/**
 * A chart spec as a framed, theme-resolved SVG and PNG: the slide exports and
 * the link previews. The chart inside is drawn by the same Recharts component
 * and from the same spec as the page's chart, laid out for the frame
 * (lib/charts/geometry/frame-layout.ts), and moved into the frame's slot as a DOM edit.
 */
import { CHART_SLOT, ChartFrame } from '@/components/view/ChartFrame';
import { fitToFrame } from '@/lib/charts/geometry/fit';
import {
  FRAMES,
  type FooterText,
  type FrameLayout,
  type FrameName,
  layoutFrame,
} from '@/lib/charts/geometry/frame-layout';
import type { ChartSpec } from '@/lib/charts/model/types';
import type { Dataset } from '@/lib/dataset/schema';
import { missingExportCharacters } from '@/lib/export-font';
import { absoluteUrl } from '@/lib/site';
import { type Theme, type ThemeTokens, resolveColors } from '@/lib/theme/tokens';
import { drawChart, roundAttributes } from './chart-svg';
import type { ExportKit } from './host';
import { renderInto } from './render-react';
import { FONT_FAMILY } from './raster';
import { serializeNode } from './serialize';

/** What an export's footer says: the site, and the view's absolute permalink. */
export function frameFooter(spec: ChartSpec): FooterText {
  return { siteName: spec.siteName, permalink: absoluteUrl(spec.permalink) };
}

export function exportFrame(kit: Pick<ExportKit, 'raster'>, spec: ChartSpec, frame: FrameName): FrameLayout {
  return layoutFrame(spec, frame, kit.raster.measure, frameFooter(spec));
}

/** The view as a frame draws it: all of it, or, where its rows do not all fit, its largest (lib/charts/geometry/fit.ts). */
export function framedSpec(kit: Pick<ExportKit, 'raster'>, ds: Dataset, spec: ChartSpec, frame: FrameName): ChartSpec {
  return fitToFrame(ds, spec, frame, kit.raster.measure, frameFooter(spec));
}

/** Every text a frame draws is in the export font, or the export stops and names it. */
function checkCharacters(frame: FrameLayout, spec: ChartSpec): void {
  const texts = [
    ...frame.title.lines,
    ...frame.subtitle.lines,
    ...frame.legend.items.map((i) => i.label),
    ...spec.rows.flatMap((r) => [
      ...(frame.chart.layout.labelLines?.[r.key] ?? [r.label]),
      ...(frame.chart.layout.sublabelLines?.[r.key] ?? [r.sublabel]),
      r.valueLabel,
      r.note ?? '',
    ]),
    ...spec.axis.tickLabels,
    ...frame.source.lines,
    frame.footer.left,
    frame.footer.right,
  ];
  for (const text of texts) {
    const missing = missingExportCharacters(text);
    if (missing.length)
      throw new Error(
        `Chart "${spec.key}": the export font has no ${missing.map((c) => `“${c}” (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}, in “${text}”; add it to lib/export-font.ts`,
      );
  }
}

/**
 * The framed chart with its colours still as tokens (var(--color-…)), at each pixel size asked for:
 * one drawing (the frame's viewBox), so the 1200×675 slide is the 1920×1080 one scaled, text sizes and all.
 */
export function exportChartMarkups(
  kit: ExportKit,
  spec: ChartSpec,
  frameName: FrameName,
  sizes: readonly { width: number; height: number }[],
): string[] {
  const frame = exportFrame(kit, spec, frameName);
  checkCharacters(frame, spec);
  const chart = drawChart(kit.dom, spec, frame.chart.layout);
  const framed = renderInto(
    kit.dom,
    <ChartFrame frame={frame} fontFamily={FONT_FAMILY} description={spec.description} />,
  );
  try {
    const svg = framed.container.querySelector('svg');
    const slot = svg?.querySelector(`[${CHART_SLOT}]`);
    if (!svg || !slot) throw new Error(`The frame of chart "${spec.key}" has no slot for its chart`);
    slot.removeAttribute(CHART_SLOT);
    // The chart's content becomes a group of the frame (no nested viewport), without a second title.
    for (const child of Array.from(chart.svg.childNodes)) {
      if (['title', 'desc'].includes(child.nodeName)) continue;
      slot.appendChild(child);
    }
    roundAttributes(svg);
    return sizes.map((size) => {
      svg.setAttribute('width', String(size.width));
      svg.setAttribute('height', String(size.height));
      return serializeNode(svg);
    });
  } finally {
    chart.dispose();
    framed.dispose();
  }
}

/** The framed chart at the frame's own size. */
export function exportChartMarkup(kit: ExportKit, spec: ChartSpec, frameName: FrameName): string {
  const [markup] = exportChartMarkups(kit, spec, frameName, [FRAMES[frameName]]);
  if (markup === undefined) throw new Error(`Chart "${spec.key}" was not drawn in its ${frameName}`);
  return markup;
}

/** A standalone SVG file in one theme. */
export function themedSvg(tokens: ThemeTokens, markup: string, theme: Theme): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${resolveColors(markup, tokens, theme)}`;
}
