/**
 * The export font (Arimo, renderer/raster.ts) is cut at build to a fixed set of
 * characters, the same whatever the data says, so its files (which the
 * browser fetches to draw a view on demand) change only with the font itself.
 * Every text an export draws must be made of these characters: the renderer
 * checks it (missingExportCharacters) and names the text that is not.
 */
const RANGES: [number, number][] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1 Supplement
  [0x100, 0x17f], // Latin Extended-A
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x203a], // per mille, primes, angle quotes
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // ←↑→↓
  [0x2212, 0x2212], // −
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2265], // ≠ ≤ ≥
];

/** The characters the export font keeps. */
export const EXPORT_FONT_CHARACTERS: string = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join('');

const KEPT = new Set(EXPORT_FONT_CHARACTERS);

/** The characters of `text` the export font does not have, each once. */
export function missingExportCharacters(text: string): string[] {
  return [...new Set([...text].filter((c) => !KEPT.has(c) && c !== '\n'))];
}

/** Where the build writes the export font's files, by weight. */
export const EXPORT_FONT_FILES = {
  400: '.generated/fonts/arimo-400.ttf',
  700: '.generated/fonts/arimo-700.ttf',
} as const;
