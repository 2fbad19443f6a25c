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
