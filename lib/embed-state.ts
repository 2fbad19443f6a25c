/**
 * An embed's query: the same keys and values as the overview (basis and
 * highlight apply to the chart of the five plans only) plus theme. Checked
 * against the same constant lists as the overview, without Zod: the embed
 * page's whole script budget is 150 kB and the Zod runtime would take 16 kB
 * of it for four enum keys.
 */
import { PRIMARY_SLUGS, type PrimarySlug } from './dataset/slugs';
import { BASES, EMBED_THEMES, type EmbedThemeChoice, type IgnoredParam, VIEWS, collector, oneOf, readSingle } from './url-params';

export { EMBED_THEMES, describeIgnored, type EmbedThemeChoice, type IgnoredParam } from './url-params';

export interface EmbedState {
  basis: (typeof BASES)[number];
  highlight: PrimarySlug | null;
  theme: EmbedThemeChoice;
  view: (typeof VIEWS)[number];
}

/**
 * An embed's query: the same keys as the full view (basis and highlight apply
 * to the chart of the five plans only), plus theme=light|dark|auto.
 */
export function parseEmbedState(search: string | URLSearchParams, comparesCompanies: boolean): { state: EmbedState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore = collector(ignored);
  const state: EmbedState = { basis: 'per-year', highlight: null, theme: 'auto', view: 'chart' };
  readSingle(params, 'theme', oneOf(EMBED_THEMES), (v) => (state.theme = v), ignore);
  readSingle(params, 'view', oneOf(VIEWS), (v) => (state.view = v), ignore);
  if (comparesCompanies) {
    readSingle(params, 'basis', oneOf(BASES), (v) => (state.basis = v), ignore);
    readSingle(params, 'highlight', oneOf(PRIMARY_SLUGS), (v) => (state.highlight = v), ignore);
  } else {
    for (const key of ['basis', 'highlight']) for (const raw of params.getAll(key)) ignore(key, raw, 'does not apply to this chart');
  }
  for (const raw of params.getAll('companies')) ignore('companies', raw, 'embeds show all five');
  return { state, ignored };
}

/** The query string of an embed's state, defaults left out. */
export function serializeEmbedState(state: EmbedState): string {
  const parts: string[] = [];
  if (state.basis !== 'per-year') parts.push(`basis=${state.basis}`);
  if (state.highlight) parts.push(`highlight=${state.highlight}`);
  if (state.view !== 'chart') parts.push(`view=${state.view}`);
  if (state.theme !== 'auto') parts.push(`theme=${state.theme}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
