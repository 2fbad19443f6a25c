/**
 * The site's own font files (the geist package), for PNG rendering and for
 * embedding in exported SVGs, and a text measurer built on the same renderer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';

const DIR = path.resolve('node_modules', 'geist', 'dist', 'fonts', 'geist-sans');

export const FONT_FILES = {
  400: path.join(DIR, 'Geist-Regular.ttf'),
  500: path.join(DIR, 'Geist-Medium.ttf'),
  600: path.join(DIR, 'Geist-SemiBold.ttf'),
  700: path.join(DIR, 'Geist-Bold.ttf'),
} as const;

export type FontWeight = keyof typeof FONT_FILES;

export const FONT_FAMILY = "Geist, 'Geist Sans', 'Helvetica Neue', Arial, sans-serif";

export const RESVG_FONT_OPTIONS = {
  fontFiles: Object.values(FONT_FILES),
  loadSystemFonts: false,
  defaultFontFamily: 'Geist',
};

export function fontFileBase64(weight: FontWeight): string {
  return readFileSync(FONT_FILES[weight]).toString('base64');
}

/**
 * @font-face rules embedding the four weights, cut down to the characters the
 * exported SVGs use (printable ASCII plus every other character in `text`):
 * ~20 kB per weight instead of ~130 kB, so an SVG carries its font and looks
 * the same in PowerPoint, Keynote or a browser without Geist installed.
 */
export async function embeddedFontFaces(text: string): Promise<string> {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const chars = [...new Set(ascii + text)].join('');
  const faces = await Promise.all(
    (Object.keys(FONT_FILES) as unknown as FontWeight[]).map(async (weight) => {
      const subset = await subsetFont(readFileSync(FONT_FILES[weight]), chars, { targetFormat: 'truetype' });
      return `@font-face{font-family:Geist;font-weight:${weight};src:url(data:font/ttf;base64,${subset.toString('base64')}) format('truetype');}`;
    }),
  );
  return faces.join('');
}

const cache = new Map<string, number>();

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The rendered width of a line of text, measured by rendering it. */
export function measureText(text: string, size: number, weight: FontWeight = 400): number {
  const key = `${weight}|${size}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // A sentinel on both sides keeps leading and trailing spaces in the measurement.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 3}"><text x="0" y="${size * 2}" font-family="Geist" font-size="${size}" font-weight="${weight}" xml:space="preserve">|${escapeXml(text)}|</text></svg>`;
  const bar = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 3}"><text x="0" y="${size * 2}" font-family="Geist" font-size="${size}" font-weight="${weight}" xml:space="preserve">||</text></svg>`;
  const width = (s: string) => new Resvg(s, { font: RESVG_FONT_OPTIONS }).getBBox()?.width ?? 0;
  const result = Math.max(0, width(svg) - width(bar));
  cache.set(key, result);
  return result;
}

/** Greedy word wrap to a width; the last allowed line ends with "…" if the text does not fit. */
export function wrapText(text: string, size: number, weight: FontWeight, maxWidth: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, size, weight) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measureText(`${last}…`, size, weight) > maxWidth) last = last.replace(/\s*\S+$/, '');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
