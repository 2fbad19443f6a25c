/**
 * The one dimming rule: with a company highlighted, every other company's
 * row is dimmed. The spec records it per row (lib/charts/model/draft.ts), the page's
 * script applies the same rule at once to the view shown while another is on its way (browser/show-view.ts),
 * and both draw it at the same strength: exports blend colours with it, the
 * page's stylesheet reads it from the --dimmed-opacity the chart SVG carries.
 * Dependency-free, so the page script can import it.
 */

/** A dimmed row keeps this much of its colour. */
export const DIMMED_OPACITY = 0.28;

export function isDimmed(entity: string, highlight: string | null): boolean {
  return highlight !== null && highlight !== entity;
}
