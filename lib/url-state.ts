/**
 * The overview's state in its query string: which companies are shown, the
 * Stargate basis, the highlighted company, chart or table. Parsed with Zod;
 * defaults are left out of the URL. Anything unknown or malformed is dropped
 * and reported, so the page can say "ignored: companies=foo" — as text, never
 * as markup.
 */
import { z } from 'zod/mini';
import { PRIMARY_SLUGS, type PrimarySlug } from './dataset/slugs';

export const VIEWS = ['chart', 'table'] as const;
export const BASES = ['per-year', 'total'] as const;

export interface OverviewState {
  /** Shown companies in display order; null for all five. */
  companies: PrimarySlug[] | null;
  basis: (typeof BASES)[number];
  highlight: PrimarySlug | null;
  view: (typeof VIEWS)[number];
}

export const DEFAULT_STATE: OverviewState = { companies: null, basis: 'per-year', highlight: null, view: 'chart' };

export interface IgnoredParam {
  key: string;
  /** The raw value, shortened for display. */
  value: string;
  reason: string;
}

const slug = z.enum(PRIMARY_SLUGS);
const basis = z.enum(BASES);
const view = z.enum(VIEWS);

/** Longer values are rejected outright; nothing legitimate comes close. */
const MAX_VALUE_LENGTH = 120;

export function shorten(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

type Ignore = (key: string, value: string, reason: string) => void;

/** A single-valued key: the first valid value wins; every other value is reported. */
function readSingle<T>(params: URLSearchParams, key: string, schema: z.ZodMiniType<T>, apply: (v: T) => void, ignore: Ignore): void {
  let taken = false;
  for (const raw of params.getAll(key)) {
    const parsed = raw.length > MAX_VALUE_LENGTH ? null : schema.safeParse(raw.trim().toLowerCase());
    if (parsed?.success && !taken) {
      apply(parsed.data);
      taken = true;
    } else {
      ignore(key, raw, parsed === null ? 'too long' : parsed.success ? 'given more than once' : 'not a valid value');
    }
  }
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

  const single = <T>(key: string, schema: z.ZodMiniType<T>, apply: (v: T) => void) => readSingle(params, key, schema, apply, ignore);
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

/** "ignored: companies=foo, basis=yearly" */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  return `ignored: ${ignored.map((i) => `${i.key}=${i.value}`).join(', ')}`;
}

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedThemeChoice = (typeof EMBED_THEMES)[number];

export interface EmbedState {
  basis: OverviewState['basis'];
  highlight: PrimarySlug | null;
  theme: EmbedThemeChoice;
  view: OverviewState['view'];
}

/**
 * An embed's query: the same keys as the full view (basis and highlight apply
 * to the chart of the five plans only), plus theme=light|dark|auto.
 */
export function parseEmbedState(search: string | URLSearchParams, comparesCompanies: boolean): { state: EmbedState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore: Ignore = (key, value, reason) => ignored.push({ key, value: shorten(value), reason });
  const state: EmbedState = { basis: DEFAULT_STATE.basis, highlight: null, theme: 'auto', view: 'chart' };
  readSingle(params, 'theme', z.enum(EMBED_THEMES), (v) => (state.theme = v), ignore);
  readSingle(params, 'view', view, (v) => (state.view = v), ignore);
  if (comparesCompanies) {
    readSingle(params, 'basis', basis, (v) => (state.basis = v), ignore);
    readSingle(params, 'highlight', slug, (v) => (state.highlight = v), ignore);
  } else {
    for (const key of ['basis', 'highlight']) for (const raw of params.getAll(key)) ignore(key, raw, 'does not apply to this chart');
  }
  for (const raw of params.getAll('companies')) ignore('companies', raw, 'embeds show all five');
  return { state, ignored };
}

/** The query string of an embed's state, defaults left out. */
export function serializeEmbedState(state: EmbedState): string {
  const parts: string[] = [];
  if (state.basis !== DEFAULT_STATE.basis) parts.push(`basis=${state.basis}`);
  if (state.highlight) parts.push(`highlight=${state.highlight}`);
  if (state.view !== 'chart') parts.push(`view=${state.view}`);
  if (state.theme !== 'auto') parts.push(`theme=${state.theme}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
