/**
 * A view's state in its query string, read and written from the parameter
 * table (lib/url/params.ts) and the data's vocabulary alone. Defaults are
 * left out of the URL. Anything unknown or malformed is dropped and reported,
 * so a page can say "ignored: companies=foo" — as text, never as markup.
 * Keys no page reads (utm_source, fbclid, …) pass silently.
 */
import {
  DEFAULT_VIEW,
  PARAM_NAMES,
  type ParamDefinition,
  type ParamName,
  SWITCH_PARAMS,
  URL_PARAMS,
  type ViewState,
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

/**
 * Reads the parameters a page reads (`reads`) from a query string. A
 * single-valued key takes its first valid value and reports the others; a
 * list key (companies) collects every valid token, in display order, and all
 * of them means the default.
 */
export function parseViewState(
  search: string | URLSearchParams,
  reads: readonly ParamName[],
  vocabulary: Vocabulary,
  { notRead = () => 'not used here' }: ParseOptions = {},
): { state: ViewState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore = (key: string, value: string, reason: string) => ignored.push({ key, value: shorten(value), reason });
  const state: Record<string, unknown> = { ...DEFAULT_VIEW };

  for (const name of PARAM_NAMES) {
    const raws = params.getAll(name);
    if (raws.length === 0) continue;
    if (!reads.includes(name)) {
      for (const raw of raws) ignore(name, raw, notRead(name));
      continue;
    }
    const definition: ParamDefinition = URL_PARAMS[name];
    const values = allowedValues(name, vocabulary);
    if (definition.list) {
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
      state[name] = values.filter((v) => chosen.has(v));
      continue;
    }
    let taken = false;
    for (const raw of raws) {
      const value = raw.trim().toLowerCase();
      const valid = raw.length <= MAX_VALUE_LENGTH && values.includes(value);
      if (valid && !taken) {
        state[name] = value;
        taken = true;
      } else {
        ignore(
          name,
          raw,
          raw.length > MAX_VALUE_LENGTH ? 'too long' : valid ? 'given more than once' : 'not a valid value',
        );
      }
    }
  }

  const view = normalizeViewState(state as unknown as ViewState, vocabulary);
  const highlight = state.highlight as string | null;
  if (highlight && view.highlight === null) ignore('highlight', highlight, 'not among the companies shown');
  return { state: view, ignored };
}

/**
 * A state as the URL would read it: companies in display order (none or all of them: null), a highlight only
 * among those shown.
 */
export function normalizeViewState(s: ViewState, vocabulary: Vocabulary): ViewState {
  const chosen = s.companies ? vocabulary.companies.filter((c) => s.companies!.includes(c)) : [];
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
export function serializeViewState(state: { readonly [K in ParamName]?: ViewState[K] | null }): string {
  const parts: string[] = [];
  for (const name of PARAM_NAMES) {
    const value = state[name];
    if (value === undefined || value === null || value === URL_PARAMS[name].default) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) parts.push(`${name}=${value.join(',')}`);
    } else {
      parts.push(`${name}=${value}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * The switches work before the scripts load (they are radios styled by CSS), so
 * a reader may have picked a basis or a view by the time the page script runs.
 * The URL wins where it names a choice; otherwise the reader's pick is kept
 * rather than reset to the default, and the caller writes it to the URL.
 */
export function keepChoicesMadeBeforeLoad(
  state: ViewState,
  search: string | URLSearchParams,
  checked: Partial<Record<(typeof SWITCH_PARAMS)[number], string | null | undefined>>,
): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const next: Record<string, unknown> = { ...state };
  for (const name of SWITCH_PARAMS) {
    const value = checked[name];
    if (value && (URL_PARAMS[name].values as readonly string[]).includes(value) && !params.has(name))
      next[name] = value;
  }
  return next as unknown as ViewState;
}
