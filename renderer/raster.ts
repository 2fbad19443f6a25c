/**
 * The export font and resvg, as the renderer uses them: to measure text for
 * the slide layout (lib/charts/geometry/frame-layout.ts) and to draw SVG as PNG. A host
 * hands in resvg's constructor and its font options — the native binding
 * (@resvg/resvg-js) at build, WebAssembly (@resvg/resvg-wasm) in the browser,
 * the same release of the same library, given the same font files — and
 * everything else is this one module. renderer/raster.test.ts holds the two
 * builds to the same measurements and the same PNG bytes.
 *
 * The font: exported SVGs are read by software that ignores embedded fonts
 * (PowerPoint, Keynote, LibreOffice, librsvg), so they name a font every
 * machine has — Arial — and are laid out and drawn with Arimo, which is
 * metric-compatible with it (and with Liberation Sans, LibreOffice's stand-in):
 * the same advance widths, so a line wrapped here wraps the same wherever the
 * SVG is opened. Regular and bold only: Arial has no other weight.
 */
import type { FontWeight, Measure } from '@/lib/charts/geometry/frame-layout';
import type { Raster } from './host';

/** Arial where it is installed (Windows, macOS, Office, Google Slides); its metric twins elsewhere. */
export const FONT_FAMILY = "Arial, Arimo, 'Liberation Sans', Helvetica, sans-serif";

/** The family name resvg knows the export font by. */
export const RASTER_FONT_FAMILY = 'Arimo';

/**
 * What the renderer needs of resvg; both of its builds have this constructor, each with its own font options
 * (`F`: font files by path for the native binding, their bytes for WebAssembly).
 */
export type ResvgLike<F> = new (
  svg: string,
  options: { font: F & { defaultFontFamily: string }; fitTo?: { mode: 'width'; value: number } },
) => { getBBox(): { width: number } | undefined; render(): { asPng(): Uint8Array } };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `font`: resvg's font options naming the export font's files (regular and bold), and no system fonts. */
export function createRaster<F extends object>(Resvg: ResvgLike<F>, font: F): Raster {
  const options = { ...font, defaultFontFamily: RASTER_FONT_FAMILY };
  const cache = new Map<string, number>();
  const width = (svg: string) => new Resvg(svg, { font: options }).getBBox()?.width ?? 0;
  const measure: Measure = (text: string, size: number, weight: FontWeight = 400) => {
    const key = `${weight}|${size}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    // A sentinel on both sides keeps leading and trailing spaces in the measurement.
    const line = (t: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="${size * 3}"><text x="0" y="${size * 2}" font-family="${RASTER_FONT_FAMILY}" font-size="${size}" font-weight="${weight}" xml:space="preserve">${t}</text></svg>`;
    const result = Math.max(0, width(line(`|${escapeXml(text)}|`)) - width(line('||')));
    cache.set(key, result);
    return result;
  };
  return {
    measure,
    png: (svg, w) => new Resvg(svg, { font: options, fitTo: { mode: 'width', value: w } }).render().asPng(),
  };
}
