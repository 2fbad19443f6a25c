/**
 * A view: one chart, in one edition, drawn with one set of options. It is the one typed identity of what the
 * site draws, wherever it travels — the URL, a chart block's markup, the bake, the permalinks, an embed's
 * query, the renderer's on-demand entries — and it has one codec, its query string, read and written by the
 * parameter table (lib/url/params.ts). In markup a view is written as its chart and query,
 * "capex?year=2025&basis=total" (formatView), and read back by parseView, which checks every value as a URL's.
 *
 * Dependency-free apart from the parameter table and the chart shapes, so the page script can import it.
 */
import { type ChartId, chartShape, isChartId } from '../charts/model/chart-ids';
import {
  DEFAULT_STATE,
  EDITION_PARAM,
  OPTION_NAMES,
  type OptionName,
  type ParamName,
  type UrlState,
  type Vocabulary,
} from './params';
import { hadEdition, newestEdition, normalizeUrlState, parseUrlState, serializeUrlState } from './url-state';

/** The options a view is drawn with: those its chart takes, at their values; the others null. */
export type ViewOptions = { readonly [K in OptionName]: UrlState[K] | null };

export interface View {
  readonly chart: ChartId;
  /** Its edition (a year, for a chart that has editions); null for a chart that has none. */
  readonly edition: string | null;
  readonly options: ViewOptions;
}

/** The parameters a chart's view reads from a URL: its edition, if it has editions, and the options it takes. */
export function viewParams(chart: ChartId): ParamName[] {
  const shape = chartShape(chart);
  return [...(shape.editions ? [EDITION_PARAM] : []), ...OPTION_NAMES.filter((o) => shape.takes.includes(o))];
}

type EditionOrOption = typeof EDITION_PARAM | OptionName;

/** What a view is made from: its edition and options, each given or left to its default (null: not given). */
export type ViewChoices = { readonly [K in EditionOrOption]?: UrlState[K] | null };

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function choose<K extends EditionOrOption>(state: Writable<UrlState>, name: K, value: UrlState[K] | null | undefined) {
  if (value !== null && value !== undefined) state[name] = value;
}

/**
 * A chart's view as a URL's state describes it: its edition (the state's year if the chart has that edition as
 * of the view's day, else its newest then), and the options the chart takes, at their defaults unless given,
 * checked as a URL's are (companies in display order, all of them meaning all; a highlight among those shown);
 * the options it does not take null. A chart about one company is about the first where none is given.
 */
export function viewOf(chart: ChartId, choices: ViewChoices, vocabulary: Vocabulary): View {
  const shape = chartShape(chart);
  const state: Writable<UrlState> = { ...DEFAULT_STATE };
  for (const name of [EDITION_PARAM, ...OPTION_NAMES]) choose(state, name, choices[name]);
  const full = normalizeUrlState(state, vocabulary);
  const option = <K extends OptionName>(name: K): UrlState[K] | null =>
    shape.takes.includes(name) ? full[name] : null;
  const list = shape.editions;
  // The state's year was checked against the years with plans; this chart's editions may be fewer.
  const chosen = choices[EDITION_PARAM];
  const edition =
    list === null
      ? null
      : chosen && hadEdition(list, chosen, full.asof, vocabulary)
        ? chosen
        : newestEdition(list, vocabulary, full.asof);
  return {
    chart,
    edition,
    options: {
      companies: option('companies'),
      basis: option('basis'),
      highlight: option('highlight'),
      company: shape.takes.includes('company') ? (full.company ?? vocabulary.companies[0] ?? null) : null,
      asof: option('asof'),
    },
  };
}

/** The view with some options changed (those the chart does not take stay null). */
export function withOptions(view: View, options: Partial<ViewOptions>, vocabulary: Vocabulary): View {
  return viewOf(view.chart, { ...view.options, ...options, [EDITION_PARAM]: view.edition }, vocabulary);
}

/**
 * The view a position of a chart block's basis switch shows for what a page's URL says: the URL's edition (or
 * the variant's own, the page's, where it names none) and options, but the variant's own basis.
 */
export function variantView(view: View, state: UrlState, vocabulary: Vocabulary): View {
  return viewOf(view.chart, { ...state, year: state.year ?? view.edition, basis: view.options.basis }, vocabulary);
}

/** A view's query string, defaults left out: "?year=2025&companies=amazon,meta&basis=total". */
export function viewQuery(view: View): string {
  return serializeUrlState({ [EDITION_PARAM]: view.edition, ...view.options });
}

/** A view as markup carries it: its chart and its query, "capex?year=2025&basis=total". */
export function formatView(view: View): string {
  return `${view.chart}${viewQuery(view)}`;
}

/**
 * A view written by formatView, read back and checked as a URL is: a known chart, and only values a URL may
 * state, in the data's vocabulary. Null for anything else, so that nothing a URL could not ask for is drawn.
 */
export function parseView(text: string, vocabulary: Vocabulary): View | null {
  const at = text.indexOf('?');
  const chart = at === -1 ? text : text.slice(0, at);
  if (!isChartId(chart)) return null;
  const { state, ignored } = parseUrlState(at === -1 ? '' : text.slice(at), viewParams(chart), vocabulary);
  if (ignored.length > 0) return null;
  if (chartShape(chart).editions && state.year === null) return null;
  return viewOf(chart, state, vocabulary);
}

/** Whether two views are the same view. */
export function sameView(a: View, b: View): boolean {
  return formatView(a) === formatView(b);
}
