/**
 * The exports' font. Exported SVGs are read by software that ignores embedded
 * fonts (PowerPoint, Keynote, LibreOffice, librsvg), so they name a font every
 * machine has — Arial — and are laid out and rasterised with Arimo, which is
 * metric-compatible with Arial (and with Liberation Sans, LibreOffice's
 * stand-in for Arial): same advance widths, so a line wrapped here wraps the
 * same wherever the SVG is opened. Arimo's TTFs come from the
 * @expo-google-fonts/arimo package, so the build needs no system font.
 * Regular and bold only: Arial has no other weight.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { FontWeight } from '@/lib/charts/frame-layout';

const DIR = path.resolve('node_modules', '@expo-google-fonts', 'arimo');

export const FONT_FILES: Record<FontWeight, string> = {
  400: path.join(DIR, '400Regular', 'Arimo_400Regular.ttf'),
  700: path.join(DIR, '700Bold', 'Arimo_700Bold.ttf'),
};

/** Arial where it is installed (Windows, macOS, Office, Google Slides); its metric twins elsewhere. */
export const FONT_FAMILY = "Arial, Arimo, 'Liberation Sans', Helvetica, sans-serif";

export const RESVG_FONT_OPTIONS = {
  fontFiles: Object.values(FONT_FILES),
  loadSystemFonts: false,
  defaultFontFamily: 'Arimo',
};

const cache = new Map<string, number>();

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The rendered width of a line of text in px, measured by rendering it with the export font. */
export function measureText(text: string, size: number, weight: FontWeight = 400): number {
  const key = `${weight}|${size}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // A sentinel on both sides keeps leading and trailing spaces in the measurement.
  const svg = (t: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="${size * 3}"><text x="0" y="${size * 2}" font-family="Arimo" font-size="${size}" font-weight="${weight}" xml:space="preserve">${t}</text></svg>`;
  const width = (s: string) => new Resvg(s, { font: RESVG_FONT_OPTIONS }).getBBox()?.width ?? 0;
  const result = Math.max(0, width(svg(`|${escapeXml(text)}|`)) - width(svg('||')));
  cache.set(key, result);
  return result;
}
