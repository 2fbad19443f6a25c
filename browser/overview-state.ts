/**
 * The overview's state and its transitions, as pure functions (browser/overview.ts applies them to the page):
 * what its URL says, and whether the reader has cleared the company filter (no company ticked yet, so the
 * view waits). Everything the controls show is computed from it here, so it is tested without a page.
 */
import { type ParamName, SWITCH_PARAMS, URL_PARAMS, type UrlState, type Vocabulary } from '@/lib/url/params';
import {
  type IgnoredParam,
  hadEdition,
  keepChoicesMadeBeforeLoad,
  newestEdition,
  normalizeUrlState,
  parseUrlState,
  serializeUrlState,
} from '@/lib/url/url-state';

export interface OverviewState {
  url: UrlState;
  /** "Clear" leaves no company ticked until the reader ticks one: the view waits for it. */
  cleared: boolean;
}

/** What the overview knows of the data: the vocabulary, and the years each company has plans for. */
export interface OverviewData {
  vocabulary: Vocabulary;
  yearsOf: ReadonlyMap<string, readonly string[]>;
}

/** The year the view shows: the URL's, or the newest (as of the URL's day, if it names one). */
export function shownYear(state: OverviewState, data: OverviewData): string | null {
  return state.url.year ?? newestEdition('years', data.vocabulary, state.url.asof);
}

/** The companies with a plan in the view's year, in display order: those the filter offers. */
export function companiesOfYear(state: OverviewState, data: OverviewData): string[] {
  const year = shownYear(state, data);
  return data.vocabulary.companies.filter((c) => !year || (data.yearsOf.get(c) ?? []).includes(year));
}

/** The companies ticked: the URL's (all by default) among those of the year; none once cleared. */
export function shownCompanies(state: OverviewState, data: OverviewData): string[] {
  if (state.cleared) return [];
  const available = companiesOfYear(state, data);
  return (state.url.companies ?? available).filter((c) => available.includes(c));
}

/** What the controls show for a state: which boxes are there, ticked and locked, the summary, the highlight's choices. */
export interface ControlsModel {
  boxes: { slug: string; hidden: boolean; checked: boolean; disabled: boolean }[];
  summary: string;
  /** The highlight's options: the companies shown, in display order. */
  highlightChoices: string[];
  highlight: string;
  /** The year switch's value: '' for the default (the newest), else the year; as of a day, the year shown. */
  year: string;
  /** The years the switch offers: as of a day, those that had plans by then, and not the default (today's newest). */
  yearsOffered: string[];
  defaultOffered: boolean;
  /** The query a link to this view carries: it names its year, since the newest moves with the data. */
  linkQuery: string;
}

export function controlsModel(state: OverviewState, data: OverviewData): ControlsModel {
  const available = companiesOfYear(state, data);
  const shown = shownCompanies(state, data);
  return {
    boxes: data.vocabulary.companies.map((slug) => ({
      slug,
      hidden: !available.includes(slug),
      checked: shown.includes(slug),
      // The last company shown cannot be unticked: a view shows at least one.
      disabled: shown.length === 1 && shown.includes(slug),
    })),
    summary: state.cleared
      ? 'Show: pick the companies'
      : shown.length === available.length
        ? `Show: all ${available.length} companies`
        : `Show: ${shown.length} of ${available.length} companies`,
    highlightChoices: data.vocabulary.companies.filter((c) => shown.includes(c)),
    highlight: state.url.highlight ?? '',
    year: state.url.year ?? (state.url.asof ? (shownYear(state, data) ?? '') : ''),
    yearsOffered: data.vocabulary.years.filter((y) => hadEdition('years', y, state.url.asof, data.vocabulary)),
    defaultOffered: state.url.asof === null,
    linkQuery: serializeUrlState({ ...state.url, year: shownYear(state, data) }),
  };
}

/** A choice the reader made: the state after it, as the URL would read it. */
export function choose(state: OverviewState, patch: Partial<UrlState>, data: OverviewData): OverviewState {
  return { url: normalizeUrlState({ ...state.url, ...patch }, data.vocabulary), cleared: false };
}

/** A company's box ticked or unticked: the state after it, or null when nothing changes (the last one, or none left). */
export function toggleCompany(state: OverviewState, slug: string, data: OverviewData): OverviewState | null {
  const shown = shownCompanies(state, data);
  const next = shown.includes(slug) ? shown.filter((s) => s !== slug) : [...shown, slug];
  return next.length > 0 ? choose(state, { companies: next }, data) : null;
}

/** "Clear": no company ticked, the URL and the view as they were until one is. */
export function clearCompanies(state: OverviewState): OverviewState {
  return { ...state, cleared: true };
}

/**
 * A switch of the block flipped (its radio group is named `<block id>-<parameter>`): the state after it, or
 * null for a radio that is not one of the switches or a value that is not one of its choices.
 */
export function flipSwitch(
  state: OverviewState,
  blockId: string,
  input: { name: string; value: string },
  data: OverviewData,
): OverviewState | null {
  const name = SWITCH_PARAMS.find((n) => input.name === `${blockId}-${n}`);
  if (!name) return null;
  const values: readonly string[] = URL_PARAMS[name].values;
  return values.includes(input.value) ? choose(state, { [name]: input.value }, data) : null;
}

/**
 * The state a URL gives, and what it drops: on load a switch flipped before the script arrived is kept
 * (`picked`), on Back and Forward the URL decides. `rewrite` says whether the address bar must be cleaned.
 */
export function readUrl(
  search: string,
  reads: readonly ParamName[],
  data: OverviewData,
  picked: Partial<Record<(typeof SWITCH_PARAMS)[number], string | null | undefined>> | null,
): { state: OverviewState; ignored: IgnoredParam[]; rewrite: boolean } {
  const parsed = parseUrlState(search, reads, data.vocabulary);
  const url = picked ? keepChoicesMadeBeforeLoad(parsed.state, search, picked) : parsed.state;
  return {
    state: { url, cleared: false },
    ignored: parsed.ignored,
    rewrite: parsed.ignored.length > 0 || serializeUrlState(url) !== serializeUrlState(parsed.state),
  };
}

/**
 * A view that could not be drawn (its parts could not be fetched or drawn): the page goes back to its
 * default view, and says what was dropped.
 */
export function afterFailure(state: OverviewState): { state: OverviewState; dropped: IgnoredParam } {
  const { url } = state;
  const dropped = url.companies
    ? { key: 'companies', value: url.companies.join(',') }
    : url.highlight
      ? { key: 'highlight', value: url.highlight }
      : { key: 'year', value: url.year ?? '' };
  return {
    state: { url: { ...url, companies: null, highlight: null, year: null }, cleared: false },
    dropped: { ...dropped, reason: 'could not be drawn' },
  };
}
