/**
 * The colour tokens as exports need them. app/globals.css is their one
 * definition (`--color-series-1: light-dark(#b65000, #f0883e);`); an exported
 * SVG or PNG cannot follow the viewer's colour scheme, so it gets one theme's
 * values written in, read from that same file.
 */
export type Theme = 'light' | 'dark';
export type ThemeTokens = Record<Theme, Record<string, string>>;

const DECLARATION = /(--color-[a-z0-9-]+)\s*:\s*([^;]+);/g;
const LIGHT_DARK = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/;

export function parseThemeTokens(css: string): ThemeTokens {
  const tokens: ThemeTokens = { light: {}, dark: {} };
  for (const [, name = '', raw = ''] of css.matchAll(DECLARATION)) {
    const value = raw.trim();
    const [, light = value, dark = value] = LIGHT_DARK.exec(value) ?? [];
    tokens.light[name] = light;
    tokens.dark[name] = dark;
  }
  return tokens;
}

/**
 * A token blended with the page colour, as CSS writes it:
 * `color-mix(in srgb, var(--color-series-4) 32%, var(--color-page))`. It looks the
 * same as the token at that opacity over the page, but it is one opaque
 * colour, so exports need no opacity (which office suites draw wrongly on
 * groups) and resolveColors can write it as a plain hex value.
 */
export function mixWithPage(token: string, percent: number): string {
  return `color-mix(in srgb, var(${token}) ${percent}%, var(--color-page))`;
}

const MIX = /color-mix\(in srgb, var\((--color-[a-z0-9-]+)\) (\d+(?:\.\d+)?)%, var\((--color-[a-z0-9-]+)\)\)/g;

function hexChannels(hex: string): number[] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Cannot blend the colour ${hex}: expected #rrggbb`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** sRGB blend of two #rrggbb colours, `percent` of the first: what color-mix(in srgb, a p%, b) computes. */
export function blendHex(a: string, percent: number, b: string): string {
  const [ca, cb] = [hexChannels(a), hexChannels(b)];
  const t = percent / 100;
  return `#${ca
    .map((v, i) =>
      Math.round(v * t + (cb[i] ?? 0) * (1 - t))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Replaces every var(--color-…) and every mixWithPage() in an SVG with the
 * theme's plain #rrggbb value; an unknown token is an error, not black.
 */
export function resolveColors(svg: string, tokens: ThemeTokens, theme: Theme): string {
  const value = (name: string) => {
    const v = tokens[theme][name];
    if (!v) throw new Error(`No value for colour token ${name} in the ${theme} theme`);
    return v;
  };
  return svg
    .replace(MIX, (_m, a: string, percent: string, b: string) => blendHex(value(a), Number(percent), value(b)))
    .replace(/var\((--color-[a-z0-9-]+)\)/g, (_m, name: string) => value(name));
}
