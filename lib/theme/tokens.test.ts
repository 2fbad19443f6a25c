import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { blendHex, mixWithPage, parseThemeTokens, resolveColors } from './tokens';

const tokens = parseThemeTokens(readFileSync('app/globals.css', 'utf8'));
const ds = loadDataset('data').dataset!;

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour tokens', () => {
  it('give every entity a light and a dark colour', () => {
    for (const e of ds.entities) {
      expect(tokens.light[e.colorToken], `${e.colorToken} light`).toMatch(/^#[0-9a-f]{6}$/);
      expect(tokens.dark[e.colorToken], `${e.colorToken} dark`).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('keep every entity colour at least 4.5:1 against the page, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const e of ds.entities.filter((x) => x.role === 'primary')) {
        expect(contrast(tokens[theme][e.colorToken]!, tokens[theme]['--color-page']!), `${e.slug} ${theme}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('resolve an SVG to one theme, and refuse an unknown token', () => {
    expect(resolveColors('<rect fill="var(--color-meta)"/>', tokens, 'dark')).toBe(`<rect fill="${tokens.dark['--color-meta']}"/>`);
    expect(() => resolveColors('<rect fill="var(--color-tesla)"/>', tokens, 'light')).toThrow(/--color-tesla/);
  });

  it('blend a token with the page into one opaque colour, as a 32% tint over the page would look', () => {
    expect(blendHex('#000000', 32, '#ffffff')).toBe('#adadad');
    expect(blendHex('#b65000', 100, '#ffffff')).toBe('#b65000');
    const light = resolveColors(`<rect fill="${mixWithPage('--color-meta', 32)}"/>`, tokens, 'light');
    expect(light).toBe(`<rect fill="${blendHex(tokens.light['--color-meta']!, 32, tokens.light['--color-page']!)}"/>`);
    // In the dark theme the tint is darker than the colour: it fades towards the dark page.
    const dark = resolveColors(`<rect fill="${mixWithPage('--color-meta', 32)}"/>`, tokens, 'dark');
    expect(dark).toMatch(/^<rect fill="#[0-9a-f]{6}"\/>$/);
    expect(parseInt(dark.slice(13, 15), 16)).toBeLessThan(parseInt(tokens.dark['--color-meta']!.slice(1, 3), 16));
  });
});
