/**
 * Every query-string parameter the site reads, declared once: its name, the
 * values it allows, its default and how its switch is labelled. Parsing,
 * serializing, the "ignored: …" notice, the overview, the embeds and the
 * charts' options all derive from this table (lib/url/view-state.ts).
 *
 * Some values are the data's: the companies a URL may name, and the years
 * with plans. They come in a Vocabulary (lib/dataset/query.ts's
 * viewVocabulary makes one from the dataset): nothing here lists them.
 *
 * Dependency-free, so the page script can import it: values are checked
 * against these lists, not with Zod (Zod would add ~15 kB gzip to the page
 * script for five enum checks).
 */

/** The values a URL may take that come from the data. */
export interface Vocabulary {
  /** The primary entities' slugs, in display order. */
  companies: readonly string[];
  /** The years with plans, oldest first; the newest is the default. */
  years: readonly string[];
}

export type VocabularyList = keyof Vocabulary;

export interface ParamDefinition<T extends string = string> {
  /** The values it allows: a list, or the name of a list of the data's. */
  values: readonly T[] | VocabularyList;
  /** Left out of every URL. null: the parameter is absent by default (for a year: the newest, which moves with the data). */
  default: T | null;
  /** A comma-separated list (repeated keys add to it) rather than one value. */
  list?: true;
  /** Names the chart's edition in its key, joined to its id: capex-2025. */
  edition?: true;
  /** The switch's legend on the page. */
  label: string;
  /** Each value's label on its switch, where the page has one. */
  valueLabels?: Readonly<Record<T, string>>;
}

export const URL_PARAMS = {
  /** Which year's plans; the newest by default. Named in every permalink, since the newest moves with the data. */
  year: { values: 'years', default: null, edition: true, label: 'Year' },
  /** Which companies the overview or an embed shows; all by default. */
  companies: { values: 'companies', default: null, list: true, label: 'Show' },
  /** How a plan over several years (a multi-year commitment) is drawn: its yearly average, or its total. */
  basis: {
    values: ['per-year', 'total'] as const,
    default: 'per-year',
    label: 'Multi-year plans',
    valueLabels: { 'per-year': 'Per year (average)', total: 'Total commitment' },
  },
  /** One company drawn at full strength, the others dimmed. */
  highlight: { values: 'companies', default: null, label: 'Highlight' },
  /** The chart, or the same numbers as a table. */
  view: {
    values: ['chart', 'table'] as const,
    default: 'chart',
    label: 'Show as',
    valueLabels: { chart: 'Chart', table: 'Table' },
  },
  /** An embed's colour scheme; it follows the reader's system setting by default. */
  theme: { values: ['auto', 'light', 'dark'] as const, default: 'auto', label: 'Theme' },
} as const satisfies Record<string, ParamDefinition>;

export type ParamName = keyof typeof URL_PARAMS;
/** In the order a URL lists them. */
export const PARAM_NAMES = Object.keys(URL_PARAMS) as ParamName[];

type Definition<K extends ParamName> = (typeof URL_PARAMS)[K];
type ValueOf<K extends ParamName> = Definition<K>['values'] extends readonly (infer V)[] ? V : string;

/** A view as its URL describes it, one field per parameter; a missing parameter is at its default (null: absent). */
export type ViewState = {
  [K in ParamName]: Definition<K> extends { list: true }
    ? ValueOf<K>[] | null
    : Definition<K>['default'] extends null
      ? ValueOf<K> | null
      : ValueOf<K>;
};

export type PlanBasis = ViewState['basis'];
export type EmbedThemeChoice = ViewState['theme'];
export const BASES = URL_PARAMS.basis.values;
export const EMBED_THEMES = URL_PARAMS.theme.values;

export const DEFAULT_VIEW = Object.fromEntries(
  PARAM_NAMES.map((name) => [name, URL_PARAMS[name].default]),
) as ViewState;

/** The values a parameter allows, given the data's vocabulary. */
export function allowedValues(name: ParamName, vocabulary: Vocabulary): readonly string[] {
  const values: ParamDefinition['values'] = URL_PARAMS[name].values;
  return typeof values === 'string' ? vocabulary[values] : values;
}

/** The parameters switched by radio buttons on the page: each chart block names its group `<block id>-<parameter>`. */
export const SWITCH_PARAMS = ['basis', 'view'] as const satisfies readonly ParamName[];

/**
 * The parameters a chart can take as its options (lib/charts/model/registry.ts says
 * which each takes), in the order a chart's key names them: capex-2025--total--highlight-meta--only-amazon-meta.
 */
export const CHART_OPTION_PARAMS = ['year', 'basis', 'highlight', 'companies'] as const satisfies readonly ParamName[];
export type ChartOptionName = (typeof CHART_OPTION_PARAMS)[number];

/** What the overview's URL reads. */
export const OVERVIEW_PARAMS = [
  'year',
  'companies',
  'basis',
  'highlight',
  'view',
] as const satisfies readonly ParamName[];

/** What every embed's URL reads, besides the options its chart takes. */
export const EMBED_PARAMS = ['view', 'theme'] as const satisfies readonly ParamName[];

/** Why an embed drops a parameter it does not read: its chart does not take it (a chart of Amazon alone has no company filter). */
export function embedNotRead(): string {
  return 'does not apply to this chart';
}
