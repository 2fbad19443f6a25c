/**
 * The colour tokens as exports need them. app/globals.css is their one
 * definition (`--color-amazon: light-dark(#b65000, #f0883e);`); an exported
 * SVG or PNG cannot follow the viewer's colour scheme, so it gets one theme's
 * values written in, read from that same file.
 */
export type Theme = 'light' | 'dark';
export type ThemeTokens = Record<Theme, Record<string, string>>;

const DECLARATION = /(--color-[a-z-]+)\s*:\s*([^;]+);/g;
const LIGHT_DARK = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/;

export function parseThemeTokens(css: string): ThemeTokens {
  const tokens: ThemeTokens = { light: {}, dark: {} };
  for (const [, name, raw] of css.matchAll(DECLARATION)) {
    const value = raw!.trim();
    const pair = LIGHT_DARK.exec(value);
    tokens.light[name!] = pair ? pair[1]! : value;
    tokens.dark[name!] = pair ? pair[2]! : value;
  }
  return tokens;
}

/** Replaces every var(--color-…) in an SVG with the theme's value; an unknown token is an error, not black. */
export function resolveColors(svg: string, tokens: ThemeTokens, theme: Theme): string {
  return svg.replace(/var\((--color-[a-z-]+)\)/g, (_m, name: string) => {
    const value = tokens[theme][name];
    if (!value) throw new Error(`No value for colour token ${name} in the ${theme} theme`);
    return value;
  });
}
