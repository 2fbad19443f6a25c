/**
 * What a page's URL says, read and written from the parameter table (lib/url/params.ts) and the data's
 * vocabulary alone. Defaults are left out of the URL. Anything unknown or malformed is dropped and reported,
 * so a page can say "ignored: companies=foo" — as text, never as markup. Keys no page reads (utm_source,
 * fbclid, …) pass silently. A chart's view is read from it by lib/url/view.ts.
 */
import {
  DEFAULT_STATE,
  PARAM_NAMES,
  type ParamDefinition,
  type ParamName,
  SWITCH_PARAMS,
  URL_PARAMS,
  type UrlState,
  type EditionList,
  type Vocabulary,
  allowedValues,
  isDay,
} from './params';

export interface IgnoredParam {
  key: string;
  /** The raw value, shortened for display. */
  value: string;
  reason: string;
}

/** Longer values are rejected outright; nothing legitimate comes close. */
export const MAX_VALUE_LENGTH = 2000;

export function shorten(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** "ignored: companies=foo, basis=yearly" */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  return `ignored: ${ignored.map((i) => `${i.key}=${i.value}`).join(', ')}`;
}

export interface ParseOptions {
  /** Why a known parameter this page does not read is dropped, e.g. "does not apply to this chart". */
  notRead?: (name: ParamName) => string;
}

type Ignore = (key: string, value: string, reason: string) => void;

/** A list parameter's valid tokens, in the vocabulary's order (companies in display order); the others reported. */
function readList(name: ParamName, raws: readonly string[], values: readonly string[], ignore: Ignore): string[] {
  const chosen = new Set<string>();
  for (const raw of raws) {
    if (raw.length > MAX_VALUE_LENGTH) {
      ignore(name, raw, 'too long');
      continue;
    }
    for (const token of raw.split(',').map((t) => t.trim().toLowerCase())) {
      if (values.includes(token)) chosen.add(token);
      else ignore(name, token, token ? 'not a valid value' : 'empty');
    }
  }
  return values.filter((v) => chosen.has(v));
}

/** "3 January 2025": a day as the notice says it, whatever the reader's locale. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Why a day is not one a view can be drawn as of, or null: it is a day of the data's span. */
function dayProblem(value: string, { stated }: Vocabulary): string | null {
  if (!isDay(value)) return 'not a date (YYYY-MM-DD)';
  if (value < stated.first) return `before the first statement (${formatDay(stated.first)})`;
  if (value >= stated.last) return `on or after the latest statement (${formatDay(stated.last)}): today’s view`;
  return null;
}

/** A single-valued parameter's first valid value (one of `values`, or a day where that is null); the others reported. */
function readOne(
  name: ParamName,
  raws: readonly string[],
  values: readonly string[] | null,
  vocabulary: Vocabulary,
  ignore: Ignore,
): string | null {
  let taken: string | null = null;
  for (const raw of raws) {
    const value = raw.trim().toLowerCase();
    const problem =
      raw.length > MAX_VALUE_LENGTH
        ? 'too long'
        : values === null
          ? dayProblem(value, vocabulary)
          : values.includes(value)
            ? null
            : 'not a valid value';
    if (problem === null && taken === null) taken = value;
    else ignore(name, raw, problem ?? 'given more than once');
  }
  return taken;
}

/**
 * Reads the parameters a page reads (`reads`) from a query string. A single-valued key takes its first valid
 * value and reports the others; a list key (companies) collects every valid token, in display order, and all
 * of them means the default.
 */
export function parseUrlState(
  search: string | URLSearchParams,
  reads: readonly ParamName[],
  vocabulary: Vocabulary,
  { notRead = () => 'not used here' }: ParseOptions = {},
): { state: UrlState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore: Ignore = (key, value, reason) => ignored.push({ key, value: shorten(value), reason });
  const read: Partial<Record<ParamName, string | readonly string[]>> = {};

  for (const name of PARAM_NAMES) {
    const raws = params.getAll(name);
    if (raws.length === 0) continue;
    if (!reads.includes(name)) {
      for (const raw of raws) ignore(name, raw, notRead(name));
      continue;
    }
    const definition: ParamDefinition = URL_PARAMS[name];
    const values = allowedValues(name, vocabulary);
    const value = definition.list
      ? readList(name, raws, values ?? [], ignore)
      : readOne(name, raws, values, vocabulary, ignore);
    if (value !== null) read[name] = value;
  }

  // Every value was checked against its parameter's own list above: the table's types hold it, though
  // TypeScript cannot follow a value through a key it only knows as ParamName.
  const state = normalizeUrlState({ ...DEFAULT_STATE, ...read } as UrlState, vocabulary);
  if (read.highlight && state.highlight === null)
    ignore('highlight', String(read.highlight), 'not among the companies shown');
  if (read.year && state.year === null && state.asof)
    ignore('year', String(read.year), `no plans had been stated by ${formatDay(state.asof)}`);
  return { state, ignored };
}

/** Whether a year of an edition list (the years with plans, with actuals) was one as of a day (null: today). */
export function hadEdition(list: EditionList, year: string, asof: string | null, vocabulary: Vocabulary): boolean {
  const from = (list === 'years' ? vocabulary.yearsFrom : vocabulary.actualYearsFrom)[year];
  return vocabulary[list].includes(year) && (asof === null || (from !== undefined && from <= asof));
}

/** The newest year of an edition list as of a day (null: today): a chart's default edition. */
export function newestEdition(list: EditionList, vocabulary: Vocabulary, asof: string | null): string | null {
  const years = vocabulary[list];
  return years.filter((y) => hadEdition(list, y, asof, vocabulary)).at(-1) ?? years[0] ?? null;
}

/**
 * A state as the URL would read it: companies in display order (none or all of them: null), a highlight only
 * among those shown, a year only if it had plans by the as-of day.
 */
export function normalizeUrlState(s: UrlState, vocabulary: Vocabulary): UrlState {
  const chosen = s.companies ? vocabulary.companies.filter((c) => s.companies?.includes(c)) : [];
  const companies = chosen.length > 0 && chosen.length < vocabulary.companies.length ? chosen : null;
  const highlight =
    s.highlight && vocabulary.companies.includes(s.highlight) && (!companies || companies.includes(s.highlight))
      ? s.highlight
      : null;
  const year = s.year !== null && hadEdition('years', s.year, s.asof, vocabulary) ? s.year : null;
  return { ...s, companies, highlight, year };
}

/**
 * The one query-string writer: "" or "?year=2025&companies=amazon,meta&basis=total".
 * Parameters left out of `state`, null, or at their default, are left out of the URL.
 * Values come from the parameter table and the data's slugs only, so they need no escaping.
 */
export function serializeUrlState(state: { readonly [K in ParamName]?: UrlState[K] | null }): string {
  const parts: string[] = [];
  for (const name of PARAM_NAMES) {
    const value = state[name];
    if (value === undefined || value === null || value === URL_PARAMS[name].default) continue;
    if (typeof value === 'string') parts.push(`${name}=${value}`);
    else if (value.length > 0) parts.push(`${name}=${value.join(',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

type SwitchName = (typeof SWITCH_PARAMS)[number];

function isSwitchValue<K extends SwitchName>(name: K, value: string): value is UrlState[K] {
  const values: readonly string[] = URL_PARAMS[name].values;
  return values.includes(value);
}

/**
 * The switches work before the scripts load (they are radios styled by CSS), so
 * a reader may have picked a basis or a view by the time the page script runs.
 * The URL wins where it names a choice; otherwise the reader's pick is kept
 * rather than reset to the default, and the caller writes it to the URL.
 */
export function keepChoicesMadeBeforeLoad(
  state: UrlState,
  search: string | URLSearchParams,
  checked: Partial<Record<SwitchName, string | null | undefined>>,
): UrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  let next = state;
  for (const name of SWITCH_PARAMS) {
    const value = checked[name];
    if (value && !params.has(name) && isSwitchValue(name, value)) next = { ...next, [name]: value };
  }
  return next;
}
