/**
 * How a chart variant is named: baked files, fragments and DOM ids use it.
 * Shared by the build and the browser, so it depends on the parameter table only.
 */
import { CHART_OPTION_PARAMS, type ChartOptionName, type ParamDefinition, URL_PARAMS } from '../url/params';
export type ChartKeyOptions = Partial<Record<ChartOptionName, string | readonly string[] | null>>;

/**
 * "capex-2025--total--highlight-meta", "capex-2025--per-year--only-amazon-meta", "aws-revenue": the
 * options a chart takes, in CHART_OPTION_PARAMS order. An option with a default (basis) is always
 * named by its value; one without (highlight) as name-value when set; a list (companies) as only-….
 * Export URLs are built from keys, so this format is kept stable.
 */
export function chartKey(id: string, options: ChartKeyOptions): string {
  const parts = [id];
  for (const name of CHART_OPTION_PARAMS) {
    const value = options[name];
    if (value === null || value === undefined) continue;
    const definition: ParamDefinition = URL_PARAMS[name];
    if (Array.isArray(value)) parts.push(`only-${value.join('-')}`);
    else parts.push(definition.default === null ? `${name}-${value}` : String(value));
  }
  return parts.join('--');
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
