/**
 * npm run font (part of build): the site's Geist, cut down to the characters
 * the site can show — printable ASCII, common punctuation, and every other
 * character in the dataset and the source — and to the weights it uses
 * (400–700). 69 kB → ~17 kB of woff2: small enough to preload without
 * holding back the first paint on a slow phone connection.
 * And the exports' Arimo (renderer/raster.ts), regular and bold, cut to the
 * fixed characters of lib/export-font.ts (318 → 25 kB each): the build and
 * the reader's browser lay out and draw exports with these same files.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { datasetDir } from '@/server/dataset';
import { EXPORT_FONT_CHARACTERS, EXPORT_FONT_FILES } from '../lib/export-font';

const SOURCE = path.resolve('node_modules', 'geist', 'dist', 'fonts', 'geist-sans', 'Geist-Variable.woff2');
export const SUBSET_FONT = path.resolve('.generated', 'fonts', 'geist-sans-subset.woff2');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(tsx?|json|css)$/.test(name) ? [full] : [];
  });
}

const started = performance.now();
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
let text = range(0x20, 0x7e) + range(0x2010, 0x2027) + '→↗▾×÷≈≤≥−€£·©';
for (const file of ['app', 'components', 'lib', datasetDir()].flatMap(filesUnder))
  text += readFileSync(file, 'utf8').replace(/[\p{ASCII}]/gu, '');
const chars = [...new Set(text)].join('');
// The site sets text from 400 (normal) to 700 (bold); the axis keeps just that span.
const font = await subsetFont(readFileSync(SOURCE), chars, {
  targetFormat: 'woff2',
  variationAxes: { wght: { min: 400, max: 700 } },
});
mkdirSync(path.dirname(SUBSET_FONT), { recursive: true });
writeFileSync(SUBSET_FONT, font);
const ARIMO = path.resolve('node_modules', '@expo-google-fonts', 'arimo');
const arimo = {
  400: path.join(ARIMO, '400Regular', 'Arimo_400Regular.ttf'),
  700: path.join(ARIMO, '700Bold', 'Arimo_700Bold.ttf'),
} as const;
const exportBytes: number[] = [];
for (const weight of [400, 700] as const) {
  const cut = await subsetFont(readFileSync(arimo[weight]), EXPORT_FONT_CHARACTERS, { targetFormat: 'truetype' });
  writeFileSync(EXPORT_FONT_FILES[weight], cut);
  exportBytes.push(cut.length);
}
console.log(
  `✓ font: Geist cut to ${chars.length} characters, ${(font.length / 1024).toFixed(1)} kB; Arimo for exports to ${EXPORT_FONT_CHARACTERS.length} characters, ${exportBytes.map((b) => (b / 1024).toFixed(1)).join(' + ')} kB; in ${Math.round(performance.now() - started)} ms`,
);
