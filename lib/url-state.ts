/**
 * The overview's state in its query string: which companies are shown, the
 * Stargate basis, the highlighted company, chart or table. Defaults are left
 * out of the URL. Anything unknown or malformed is dropped and reported, so the
 * page can say "ignored: companies=foo" — as text, never as markup.
 *
 * Values are checked against the constant lists the dataset's Zod schema is
 * built from (lib/dataset/slugs.ts, lib/url-params.ts) with `oneOf`, not with
 * Zod: Zod added ~15 kB gzip to the overview's scripts for four enum checks.
 * The embeds do the same (lib/embed-state.ts).
 */
import { PRIMARY_SLUGS, type PrimarySlug } from './dataset/slugs';
import { BASES, type IgnoredParam, MAX_VALUE_LENGTH, VIEWS, collector, oneOf, readSingle } from './url-params';

export { BASES, VIEWS, describeIgnored, shorten, type IgnoredParam } from './url-params';

export interface OverviewState {
  /** Shown companies in display order; null for all five. */
  companies: PrimarySlug[] | null;
  basis: (typeof BASES)[number];
  highlight: PrimarySlug | null;
  view: (typeof VIEWS)[number];
}

export const DEFAULT_STATE: OverviewState = { companies: null, basis: 'per-year', highlight: null, view: 'chart' };

const slug = oneOf(PRIMARY_SLUGS);

export function parseOverviewState(search: string | URLSearchParams): { state: OverviewState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore = collector(ignored);
  const state: OverviewState = { ...DEFAULT_STATE };

  // companies: a comma-separated list; repeated keys add to it.
  const companyValues = params.getAll('companies');
  if (companyValues.length > 0) {
    const chosen = new Set<PrimarySlug>();
    for (const raw of companyValues) {
      if (raw.length > MAX_VALUE_LENGTH) {
        ignore('companies', raw, 'too long');
        continue;
      }
      const tokens = raw.split(',').map((t) => t.trim().toLowerCase());
      for (const token of tokens) {
        const parsed = slug(token);
        if (parsed) chosen.add(parsed);
        else ignore('companies', token, token ? 'not one of the five' : 'empty');
      }
    }
    if (chosen.size > 0 && chosen.size < PRIMARY_SLUGS.length) state.companies = PRIMARY_SLUGS.filter((s) => chosen.has(s));
  }

  readSingle(params, 'basis', oneOf(BASES), (v) => (state.basis = v), ignore);
  readSingle(params, 'view', oneOf(VIEWS), (v) => (state.view = v), ignore);
  readSingle(params, 'highlight', slug, (v) => (state.highlight = v), ignore);

  if (state.highlight && state.companies && !state.companies.includes(state.highlight)) {
    ignore('highlight', state.highlight, 'not among the companies shown');
    state.highlight = null;
  }
  return { state, ignored };
}

/** The query string for a state, defaults left out: "" or "?companies=amazon,meta&basis=total". */
export function serializeOverviewState(state: OverviewState): string {
  const parts: string[] = [];
  if (state.companies && state.companies.length < PRIMARY_SLUGS.length) parts.push(`companies=${state.companies.join(',')}`);
  if (state.basis !== DEFAULT_STATE.basis) parts.push(`basis=${state.basis}`);
  if (state.highlight) parts.push(`highlight=${state.highlight}`);
  if (state.view !== DEFAULT_STATE.view) parts.push(`view=${state.view}`);
  return parts.length ? `?${parts.join('&')}` : '';
}


/**
 * The switches work before the scripts load (they are radios styled by CSS), so
 * a reader may have picked a basis or a view by the time the page script runs.
 * The URL wins where it names a choice; otherwise the reader's pick is kept
 * rather than reset to the default, and the caller writes it to the URL.
 */
export function keepChoicesMadeBeforeLoad(
  state: OverviewState,
  search: string | URLSearchParams,
  checked: { basis?: string | null; view?: string | null },
): OverviewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const next = { ...state };
  const basis = oneOf(BASES)(checked.basis ?? '');
  if (basis && !params.has('basis')) next.basis = basis;
  const view = oneOf(VIEWS)(checked.view ?? '');
  if (view && !params.has('view')) next.view = view;
  return next;
}
