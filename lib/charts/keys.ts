/**
 * How a chart variant is named: baked files, fragments and DOM ids use it.
 * Shared by the build and the browser, so it depends on nothing else.
 */
export interface ChartKeyOptions {
  /** Null for a chart that does not take a basis (lib/charts/registry.ts). */
  basis?: string | null;
  highlight?: string | null;
  companies?: readonly string[] | null;
}

/** "capex-2025--total--highlight-meta", "capex-2025--per-year--only-amazon-meta", "aws-revenue". */
export function chartKey(id: string, o: ChartKeyOptions): string {
  return [id, o.basis ?? null, o.highlight ? `highlight-${o.highlight}` : null, o.companies ? `only-${o.companies.join('-')}` : null]
    .filter(Boolean)
    .join('--');
}

/** Where the browser fetches a baked chart variant's HTML (subtitle, legend, chart, table, notes, source line). */
export function fragmentPath(key: string): string {
  return `/charts/fragments/${key}.html`;
}

/**
 * Where the browser fetches a figure's citation card (components/baked/CitationCard.tsx,
 * baked for every figure): pages ship without their cards and load one when its bar is first opened.
 */
export function cardPath(figureId: string): string {
  return `/charts/cards/${figureId}.html`;
}

/** The DOM id of a figure's citation card, which its bar's aria-controls names once the card is loaded. */
export function cardId(figureId: string): string {
  return `card-${figureId}`;
}

/** The template a page clones when a figure's card cannot be fetched (components/figures/CardUnavailableTemplate.tsx). */
export const CARD_UNAVAILABLE_TEMPLATE = 'card-unavailable-template';
