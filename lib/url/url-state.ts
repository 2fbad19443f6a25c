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
  type Vocabulary,
  allowedValues,
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

/** A single-valued parameter's first valid value; the others reported. */
function readOne(name: ParamName, raws: readonly string[], values: readonly string[], ignore: Ignore): string | null {
  let taken: string | null = null;
  for (const raw of raws) {
    const value = raw.trim().toLowerCase();
    const valid = raw.length <= MAX_VALUE_LENGTH && values.includes(value);
    if (valid && taken === null) taken = value;
    else
      ignore(
        name,
        raw,
        raw.length > MAX_VALUE_LENGTH ? 'too long' : valid ? 'given more than once' : 'not a valid value',
      );
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
    const value = definition.list ? readList(name, raws, values, ignore) : readOne(name, raws, values, ignore);
    if (value !== null) read[name] = value;
  }

  // Every value was checked against its parameter's own list above: the table's types hold it, though
  // TypeScript cannot follow a value through a key it only knows as ParamName.
  const state = normalizeUrlState({ ...DEFAULT_STATE, ...read } as UrlState, vocabulary);
  if (read.highlight && state.highlight === null)
    ignore('highlight', String(read.highlight), 'not among the companies shown');
  return { state, ignored };
}

/**
 * A state as the URL would read it: companies in display order (none or all of them: null), a highlight only
 * among those shown.
 */
export function normalizeUrlState(s: UrlState, vocabulary: Vocabulary): UrlState {
  const chosen = s.companies ? vocabulary.companies.filter((c) => s.companies?.includes(c)) : [];
  const companies = chosen.length > 0 && chosen.length < vocabulary.companies.length ? chosen : null;
  const highlight =
    s.highlight && vocabulary.companies.includes(s.highlight) && (!companies || companies.includes(s.highlight))
      ? s.highlight
      : null;
  return { ...s, companies, highlight };
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
