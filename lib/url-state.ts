/**
 * The overview's state in its query string: which companies are shown, the
 * Stargate basis, the highlighted company, chart or table. Parsed with Zod;
 * defaults are left out of the URL. Anything unknown or malformed is dropped
 * and reported, so the page can say "ignored: companies=foo" — as text, never
 * as markup.
 */
import { z } from 'zod/mini';
import { PRIMARY_SLUGS, type PrimarySlug } from './dataset/slugs';
import { type Accept, BASES, type IgnoredParam, MAX_VALUE_LENGTH, VIEWS, readSingle, shorten } from './url-params';

export { BASES, VIEWS, describeIgnored, shorten, type IgnoredParam } from './url-params';


export interface OverviewState {
  /** Shown companies in display order; null for all five. */
  companies: PrimarySlug[] | null;
  basis: (typeof BASES)[number];
  highlight: PrimarySlug | null;
  view: (typeof VIEWS)[number];
}

export const DEFAULT_STATE: OverviewState = { companies: null, basis: 'per-year', highlight: null, view: 'chart' };


const slug = z.enum(PRIMARY_SLUGS);
const basis = z.enum(BASES);
const view = z.enum(VIEWS);


/** A Zod schema as an Accept function for readSingle. */
function schema<T>(type: z.ZodMiniType<T>): Accept<T> {
  return (value) => {
    const parsed = type.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
}

export function parseOverviewState(search: string | URLSearchParams): { state: OverviewState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore = (key: string, value: string, reason: string) => ignored.push({ key, value: shorten(value), reason });
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
        const parsed = slug.safeParse(token);
        if (parsed.success) chosen.add(parsed.data);
        else ignore('companies', token, token ? 'not one of the five' : 'empty');
      }
    }
    if (chosen.size > 0 && chosen.size < PRIMARY_SLUGS.length) state.companies = PRIMARY_SLUGS.filter((s) => chosen.has(s));
  }

  const single = <T>(key: string, type: z.ZodMiniType<T>, apply: (v: T) => void) => readSingle(params, key, schema(type), apply, ignore);
  single('basis', basis, (v) => (state.basis = v));
  single('view', view, (v) => (state.view = v));
  single('highlight', slug, (v) => (state.highlight = v));

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

