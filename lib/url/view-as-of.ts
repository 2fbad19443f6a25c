/**
 * A chart block's view as of a day, for a block no control drives (a company page's charts, the overview's
 * second chart): the newest of its editions it had by the day, or none. Read by the page as of a day in the
 * browser (browser/as-of.ts) and by the edge host (edge/page-views.ts), from the block's markup
 * (lib/markup-contract.ts's editionsFrom, written by lib/charts/model/view-days.ts).
 *
 * Dependency-free apart from the parameter table and the view type, so the page script's as-of code can import it.
 */
import { DEFAULT_STATE, type UrlState } from './params';
import type { View } from './view';

/**
 * The newest edition a block had by the day, from its list ("2025@2025-01-03 2026@2026-01-28"): null if it had
 * none then; undefined if the block has no list (its chart has no editions, or one that does not move with time).
 */
export function editionOn(listed: string | null, day: string): string | null | undefined {
  if (listed === null) return undefined;
  const had = listed
    .split(' ')
    .map((pair) => pair.split('@'))
    .filter(([, from]) => from !== undefined && from <= day);
  return had.at(-1)?.[0] ?? null;
}

/** A block's view as a URL's state, at another edition and as of the day. */
export function stateAsOf(view: View, edition: string | null, day: string): UrlState {
  const { companies, basis, highlight, company } = view.options;
  return {
    ...DEFAULT_STATE,
    year: edition,
    companies,
    basis: basis ?? DEFAULT_STATE.basis,
    highlight,
    company,
    asof: day,
  };
}
