/**
 * The colour check: every pinned colour token exists in the stylesheet, and
 * the series palette has a colour for every primary entity that does not pin
 * one (lib/dataset/colors.ts assigns them). Pure, given the stylesheet's tokens.
 */
import type { ThemeTokens } from '../theme/tokens';
import { colorTokens } from './colors';
import type { DataProblem } from './problems';
import type { Dataset } from './schema';

export function checkColors(
  ds: Pick<Dataset, 'entities'>,
  tokens: ThemeTokens,
  { dataDir = 'data', stylesheet = 'app/globals.css' } = {},
): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = `${dataDir}/entities.json`;
  const defined = (token: string) => tokens.light[token] !== undefined && tokens.dark[token] !== undefined;
  const paletteSize = Object.keys(tokens.light).filter((t) => /^--color-series-\d+$/.test(t)).length;
  const assigned = colorTokens(ds.entities);
  for (const e of ds.entities) {
    const record = `entity "${e.slug}"`;
    if (e.colorToken && !defined(e.colorToken)) {
      problems.push({
        code: 'unknown-color-token',
        file,
        record,
        field: 'colorToken',
        message: `expected a colour token that ${stylesheet} defines with a light and a dark value, got "${e.colorToken}"`,
      });
    } else if (!e.colorToken && !defined(assigned.get(e.slug) ?? '')) {
      problems.push({
        code: 'palette-exhausted',
        file,
        record,
        field: 'colorToken',
        message: `expected a colour: the series palette in ${stylesheet} has ${paletteSize} (--color-series-1 … -${paletteSize}) and they are taken; pin a colorToken for this entity, or add colours to the palette`,
      });
    }
  }
  return problems;
}
