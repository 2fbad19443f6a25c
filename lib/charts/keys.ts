/**
 * How a chart variant is named: baked files, fragments and DOM ids use it.
 * Shared by the build and the browser, so it depends on nothing else.
 */
export interface ChartKeyOptions {
  basis: 'per-year' | 'total';
  highlight: string | null;
  entities: readonly string[] | null;
}

export function chartKey(id: string, o: ChartKeyOptions): string {
  return [
    id,
    id === 'capex-2025' ? o.basis : null,
    o.highlight ? `highlight-${o.highlight}` : null,
    o.entities ? `only-${o.entities.join('-')}` : null,
  ]
    .filter(Boolean)
    .join('--');
}

/** Where the browser fetches a baked chart variant's HTML (subtitle, legend, chart, table, notes, source line). */
export function fragmentPath(key: string): string {
  return `/charts/fragments/${key}.html`;
}

/**
 * Where the browser fetches a figure's citation card (components/figures/CitationCard.tsx,
 * baked for every figure): pages ship without their cards and load one when its bar is first opened.
 */
export function cardPath(figureId: string): string {
  return `/charts/cards/${figureId}.html`;
}

/** The DOM id of a figure's citation card, which its bar's aria-controls names once the card is loaded. */
export function cardId(figureId: string): string {
  return `card-${figureId}`;
}
