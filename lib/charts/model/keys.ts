/**
 * How a view of a chart is named, and whether the build draws it: its files,
 * its published parts and DOM ids use its key.
 * Shared by the build and the browser, so it depends on the parameter table only.
 */
import { CHART_OPTION_PARAMS, type ChartOptionName, type ParamDefinition, URL_PARAMS } from '../../url/params';
export type ChartKeyOptions = Partial<Record<ChartOptionName, string | readonly string[] | null>>;

/**
 * A chart's name with its edition, as its embed's path and its anchor say it: "capex-2025" (the plans of
 * 2025), "aws-revenue" (a chart without editions).
 */
export function chartSlug(id: string, options: ChartKeyOptions): string {
  const edition = CHART_OPTION_PARAMS.find(
    (name) => (URL_PARAMS[name] as ParamDefinition).edition && typeof options[name] === 'string',
  );
  return edition ? `${id}-${options[edition] as string}` : id;
}

/**
 * "capex-2025--total--highlight-meta", "capex-2025--per-year--only-amazon-meta", "aws-revenue": the chart's
 * slug (its edition joined to its id), then the options it takes, in CHART_OPTION_PARAMS order. An option with
 * a default (basis) is always named by its value; one without (highlight) as name-value when set; a list
 * (companies) as only-…. Export URLs are built from keys, so this format is kept stable.
 */
export function chartKey(id: string, options: ChartKeyOptions): string {
  const parts = [chartSlug(id, options)];
  for (const name of CHART_OPTION_PARAMS) {
    const value = options[name];
    const definition: ParamDefinition = URL_PARAMS[name];
    if (value === null || value === undefined || definition.edition) continue;
    if (Array.isArray(value)) parts.push(`only-${value.join('-')}`);
    else parts.push(definition.default === null ? `${name}-${value}` : String(value));
  }
  return parts.join('--');
}

/**
 * The build draws a view, with its files, when the URL's company filter is not in it: every basis and
 * highlight of every chart (lib/charts/model/variants.ts lists them). A view of some of the companies is drawn on
 * demand, in the reader's browser: subsets of companies grow as 2ⁿ, and no build could draw them all.
 */
export function isBakedView(options: { readonly companies?: readonly string[] | null }): boolean {
  return !options.companies;
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
