/**
 * How a view of a chart is named in paths and ids, and whether the build draws it: its files, its published
 * parts and DOM ids use its key. Shared by the build and the browser, so it depends on the parameter table
 * and the view type only.
 */
import { OPTION_NAMES, type ParamDefinition, URL_PARAMS } from '../../url/params';
import type { View } from '../../url/view';

/**
 * A chart's name with its edition, and the company it is about where it is about one, as its embed's path and
 * its anchor say it: "capex-2025" (the plans of 2025), "plan-history-amazon-2025", "aws-revenue" (a chart
 * without editions).
 */
export function chartSlug(view: View): string {
  return [view.chart, view.options.company, view.edition].filter((part) => part !== null).join('-');
}

/**
 * "capex-2025--total--highlight-meta", "capex-2025--per-year--only-amazon-meta", "aws-revenue": the chart's
 * slug, then the options it takes: single values in the parameter table's order, then lists. An option with a
 * default (basis) is named by its value; one without (highlight) as name-value; a list (companies) as only-….
 * Export URLs are built from keys, so this format is kept stable.
 */
export function viewKey(view: View): string {
  const parts = [chartSlug(view)];
  const lists: string[] = [];
  for (const name of OPTION_NAMES) {
    const value = view.options[name];
    const definition: ParamDefinition = URL_PARAMS[name];
    // The company a chart is about is in its slug already.
    if (value === null || name === 'company') continue;
    if (typeof value !== 'string') lists.push(`only-${value.join('-')}`);
    else parts.push(definition.default === null ? `${name}-${value}` : value);
  }
  return [...parts, ...lists].join('--');
}

/**
 * The build draws a view, with its files, when neither the URL's company filter nor its day is in it: every
 * basis, highlight and company of every chart (lib/charts/model/baked-views.ts lists them). A view of some of
 * the companies, or as of a day, is drawn on demand, in the reader's browser (or by the edge host): subsets of
 * companies grow as 2ⁿ, days without end, and no build could draw them all.
 */
export function isBakedView(view: View): boolean {
  return !view.options.companies && !view.options.asof;
}

/**
 * Where a baked view's parts (renderer/view-parts.tsx: title, body, actions) are published, for a page that
 * switches to it. Beside the cards rather than in the view's folder: they change with the pages, so they
 * are revalidated like them, while a view's files may be cached for a while.
 */
export function viewPartsPath(key: string): string {
  return `/charts/views/${key}.json`;
}

/**
 * Where the browser fetches a figure's citation card (components/figures/CitationCard.tsx, baked for every
 * figure): pages ship without their cards and load one when its bar is first opened.
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
