/**
 * How a view of a chart is named in paths and ids, and whether the build draws it: its files, its published
 * parts and DOM ids use its key. Shared by the build, the browser and the edge host, so it depends on the parameter table,
 * the chart shapes and the view codec only.
 */
import { EDITION_PARAM, OPTION_NAMES, type ParamDefinition, URL_PARAMS, type Vocabulary } from '../../url/params';
import { type View, parseView } from '../../url/view';
import { CHART_IDS, takes } from './chart-ids';

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

/** The longest of `names` that `text` is, or starts with followed by "-"; null if none. */
function leading<T extends string>(text: string, names: readonly T[]): T | null {
  let found: T | null = null;
  for (const name of names)
    if ((text === name || text.startsWith(`${name}-`)) && name.length > (found?.length ?? -1)) found = name;
  return found;
}

/** Company slugs joined by "-" ("alphabet-microsoft"), split against the data's (a slug may hold a "-"). */
function companyList(text: string, companies: readonly string[]): string[] | null {
  const list: string[] = [];
  let rest = text;
  while (rest) {
    const next = leading(rest, companies);
    if (!next) return null;
    list.push(next);
    rest = rest.slice(next.length + 1);
  }
  return list;
}

/**
 * The view a key names (viewKey's inverse), read through the view codec as a URL is, so that only a view a URL
 * could ask for comes back; null for anything else. A key is an address (a view's files live under it), so an
 * address the edge host is asked for is read with this: every value is checked against the parameter table and
 * the data's vocabulary, and the view's own key must be the key asked for.
 */
export function parseViewKey(key: string, vocabulary: Vocabulary): View | null {
  if (key.length > MAX_KEY_LENGTH) return null;
  const [slug = '', ...parts] = key.split('--');
  const chart = leading(slug, CHART_IDS);
  if (!chart) return null;
  const query = new URLSearchParams();
  let rest = slug.slice(chart.length + 1);
  if (takes(chart, 'company')) {
    const company = leading(rest, vocabulary.companies);
    if (!company) return null;
    query.set('company', company);
    rest = rest.slice(company.length + 1);
  }
  if (rest) query.set(EDITION_PARAM, rest);
  for (const part of parts) {
    if (part.startsWith('only-')) {
      const list = companyList(part.slice('only-'.length), vocabulary.companies);
      if (!list) return null;
      query.set('companies', list.join(','));
      continue;
    }
    // A single value: "name-value" for an option without a default, the bare value for one with a default.
    const named = OPTION_NAMES.find((name) => URL_PARAMS[name].default === null && part.startsWith(`${name}-`));
    const bare = OPTION_NAMES.find((name) => {
      const values: ParamDefinition['values'] = URL_PARAMS[name].values;
      return URL_PARAMS[name].default !== null && Array.isArray(values) && values.includes(part);
    });
    if (named) query.set(named, part.slice(named.length + 1));
    else if (bare) query.set(bare, part);
    else return null;
  }
  const view = parseView(`${chart}?${query.toString().replace(/%2C/g, ',')}`, vocabulary);
  return view && viewKey(view) === key ? view : null;
}

/** No key the site makes is longer: a chart, an edition, every company and a day. */
export const MAX_KEY_LENGTH = 512;
