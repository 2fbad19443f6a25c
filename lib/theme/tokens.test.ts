import { readFileSync } from 'node:fs';
import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { colorTokens } from '../dataset/colors';
import { loadDataset } from '@/server/dataset';
import { syntheticDataset } from '../dataset/testing/synthetic';
import { blendHex, mixWithPage, parseThemeTokens, resolveColors } from './tokens';

const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));
const ds = loadDataset('data').dataset!;
const THEMES = ['light', 'dark'] as const;
const palette = Object.keys(tokens.light).filter((t) => /^--color-series-\d+$/.test(t));

describe('colour tokens', () => {
  it('give every entity a light and a dark colour, the real five and twenty synthetic companies alike', () => {
    for (const entities of [ds.entities, syntheticDataset({ companies: 20, years: 1 }).dataset.entities]) {
      for (const token of colorTokens(entities).values()) {
        expect(tokens.light[token], `${token} light`).toMatch(/^#[0-9a-f]{6}$/);
        expect(tokens.dark[token], `${token} dark`).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('resolve an SVG to one theme, and refuse an unknown token', () => {
    expect(resolveColors('<rect fill="var(--color-series-4)"/>', tokens, 'dark')).toBe(
      `<rect fill="${tokens.dark['--color-series-4']}"/>`,
    );
    expect(() => resolveColors('<rect fill="var(--color-tesla)"/>', tokens, 'light')).toThrow(/--color-tesla/);
  });

  it('blend a token with the page into one opaque colour, as a 32% tint over the page would look', () => {
    expect(blendHex('#000000', 32, '#ffffff')).toBe('#adadad');
    expect(blendHex('#b65000', 100, '#ffffff')).toBe('#b65000');
    const light = resolveColors(`<rect fill="${mixWithPage('--color-series-4', 32)}"/>`, tokens, 'light');
    expect(light).toBe(
      `<rect fill="${blendHex(tokens.light['--color-series-4']!, 32, tokens.light['--color-page']!)}"/>`,
    );
    // In the dark theme the tint is darker than the colour: it fades towards the dark page.
    const dark = resolveColors(`<rect fill="${mixWithPage('--color-series-4', 32)}"/>`, tokens, 'dark');
    expect(dark).toMatch(/^<rect fill="#[0-9a-f]{6}"\/>$/);
    expect(parseInt(dark.slice(13, 15), 16)).toBeLessThan(parseInt(tokens.dark['--color-series-4']!.slice(1, 3), 16));
  });
});

describe('the series palette', () => {
  it('has twenty colours, numbered without gaps', () => {
    expect(palette).toEqual(Array.from({ length: 20 }, (_, i) => `--color-series-${i + 1}`));
  });

  it('keeps every colour, and every pinned one, at least 3:1 against the page in both themes (WCAG 1.4.11: bars are graphics; their labels are in ink)', () => {
    const pinned = ds.entities.filter((e) => e.role === 'primary' && e.colorToken).map((e) => e.colorToken!);
    for (const theme of THEMES) {
      for (const token of [...palette, ...pinned])
        expect(
          wcagContrast(tokens[theme][token]!, tokens[theme]['--color-page']!),
          `${token} ${theme}`,
        ).toBeGreaterThanOrEqual(3);
    }
  });

  // Neighbours are the colours of adjacent bars. CIEDE2000 ΔE of 6 is several times a just-noticeable difference.
  type Simulation = (color: Color) => Color;
  const visions: ReadonlyArray<readonly [string, Simulation, number]> = [
    ['normal vision', (c) => c, 20],
    ['deuteranopia', filterDeficiencyDeuter(1), 6],
    ['protanopia', filterDeficiencyProt(1), 6],
    ['tritanopia', filterDeficiencyTrit(1), 6],
  ];
  const difference = differenceCiede2000();
  for (const [vision, simulate, least] of visions) {
    it(`tells each colour from the next (CIEDE2000 ≥ ${least}) with ${vision}, in both themes`, () => {
      for (const theme of THEMES) {
        const colors = palette.map((t) => simulate(parse(tokens[theme][t]!)!));
        for (let i = 1; i < colors.length; i++) {
          expect(
            difference(colors[i - 1]!, colors[i]!),
            `${palette[i - 1]} and ${palette[i]} (${theme})`,
          ).toBeGreaterThanOrEqual(least);
        }
      }
    });
  }
});
