/**
 * Each entity's colour: the token it pins (entities.json's colorToken), or
 * else, for a primary entity, the next colour of the series palette
 * (--color-series-1, -2, … in app/globals.css) in the order the entities are
 * listed, skipping the palette colours others pin. A context entity without a
 * pin is drawn in the context grey. The data check refuses a palette that has
 * run out (lib/dataset/palette-check.ts). Pure, for the build and the browser.
 */
import type { Entity } from './schema';

/** The n-th colour of the series palette (1-based). */
export function paletteToken(n: number): string {
  return `--color-series-${n}`;
}

export const CONTEXT_TOKEN = '--color-context';

const memo = new WeakMap<readonly Entity[], Map<string, string>>();

/** Every entity's colour token, by slug. */
export function colorTokens(entities: readonly Entity[]): Map<string, string> {
  const hit = memo.get(entities);
  if (hit) return hit;
  const pinned = new Set(entities.flatMap((e) => (e.colorToken ? [e.colorToken] : [])));
  const tokens = new Map<string, string>();
  let next = 1;
  for (const e of entities) {
    if (e.colorToken) tokens.set(e.slug, e.colorToken);
    else if (e.role === 'context') tokens.set(e.slug, CONTEXT_TOKEN);
    else {
      while (pinned.has(paletteToken(next))) next++;
      tokens.set(e.slug, paletteToken(next++));
    }
  }
  memo.set(entities, tokens);
  return tokens;
}

export function colorTokenOf(entities: readonly Entity[], slug: string): string {
  return colorTokens(entities).get(slug) ?? CONTEXT_TOKEN;
}
