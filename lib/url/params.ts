/**
 * Every query-string parameter the site reads, declared once: its name, what it is about (its role), the
 * values it allows, its default and how its switch is labelled. Parsing, serializing, the "ignored: …"
 * notice, a view's identity and key (lib/url/view.ts), the overview, the embeds and the charts' options all
 * derive from this table. Adding a view option is one entry here, with role 'option': the View type gains
 * it, and the compiler points at every place that must handle it.
 *
 * Some values are the data's: the companies a URL may name, and the years with plans. They come in a
 * Vocabulary (lib/dataset/query.ts's viewVocabulary makes one from the dataset): nothing here lists them.
 *
 * Dependency-free, so the page script can import it: values are checked against these lists, not with Zod
 * (Zod would add ~15 kB gzip to the page script for five enum checks).
 */

/** The values a URL may take that come from the data. */
export interface Vocabulary {
  /** The primary entities' slugs, in display order. */
  companies: readonly string[];
  /** The years with plans, oldest first; the newest is the default. */
  years: readonly string[];
  /** The day each year's first plan was stated: a view as of an earlier day has no plans for that year. */
  yearsFrom: Readonly<Record<string, string>>;
  /** The years whose spending has been reported for a plan (plans against actuals), oldest first. */
  actualYears: readonly string[];
  /** The day each of them was first reported. */
  actualYearsFrom: Readonly<Record<string, string>>;
  /** The days of the first and the latest statement: a view as of a day between them shows what had been stated. */
  stated: { readonly first: string; readonly last: string };
}

/** The lists of values a URL may take from the data. */
export type VocabularyList = 'companies' | 'years';
/** The lists of years a chart's editions come from (lib/charts/model/chart-ids.ts). */
export type EditionList = 'years' | 'actualYears';

/** A parameter whose value is a day (YYYY-MM-DD) between the first statement and the latest, not one of a list. */
export const DAY_VALUES = 'day';

/**
 * What a parameter is about:
 *  - 'edition': names the chart's edition, joined to its id in its slug (capex-2025);
 *  - 'option': changes what a chart draws, so it is part of the view (lib/url/view.ts) and of its key;
 *  - 'display': how a page shows the view it draws (its chart or its table): both are in the view's markup;
 *  - 'frame': how an embed frames it (its colour scheme).
 */
export type ParamRole = 'edition' | 'option' | 'display' | 'frame';

export interface ParamDefinition<T extends string = string> {
  role: ParamRole;
  /** The values it allows: a list, the name of a list of the data's, or a day of the data's span. */
  values: readonly T[] | VocabularyList | typeof DAY_VALUES;
  /** Left out of every URL. null: the parameter is absent by default (for a year: the newest, which moves with the data). */
  default: T | null;
  /** A comma-separated list (repeated keys add to it) rather than one value. */
  list?: true;
  /** The switch's legend on the page. */
  label: string;
  /** Each value's label on its switch, where the page has one. */
  valueLabels?: Readonly<Record<T, string>>;
}

export const URL_PARAMS = {
  /** Which year's plans; the newest by default. Named in every permalink, since the newest moves with the data. */
  year: { role: 'edition', values: 'years', default: null, label: 'Year' },
  /** Which companies the overview or an embed shows; all by default. */
  companies: { role: 'option', values: 'companies', default: null, list: true, label: 'Show' },
  /** How a plan over several years (a multi-year commitment) is drawn: its yearly average, or its total. */
  basis: {
    role: 'option',
    values: ['per-year', 'total'] as const,
    default: 'per-year',
    label: 'Multi-year plans',
    valueLabels: { 'per-year': 'Per year (average)', total: 'Total commitment' },
  },
  /** One company drawn at full strength, the others dimmed. */
  highlight: { role: 'option', values: 'companies', default: null, label: 'Highlight' },
  /** The company a chart of one company's figures is about (how its plan moved, its quarters): its slug names it. */
  company: { role: 'option', values: 'companies', default: null, label: 'Company' },
  /** The view as it stood on a day: only what had been stated by then. Today's data by default. */
  asof: { role: 'option', values: DAY_VALUES, default: null, label: 'As of' },
  /** The chart, or the same numbers as a table. */
  view: {
    role: 'display',
    values: ['chart', 'table'] as const,
    default: 'chart',
    label: 'Show as',
    valueLabels: { chart: 'Chart', table: 'Table' },
  },
  /** An embed's colour scheme; it follows the reader's system setting by default. */
  theme: { role: 'frame', values: ['auto', 'light', 'dark'] as const, default: 'auto', label: 'Theme' },
} as const satisfies Record<string, ParamDefinition>;

export type ParamName = keyof typeof URL_PARAMS;
type Definition<K extends ParamName> = (typeof URL_PARAMS)[K];

function isParamName(name: string): name is ParamName {
  return Object.hasOwn(URL_PARAMS, name);
}

/** In the order a URL lists them. */
// The derived lists are pure (/* @__PURE__ */): a bundle that does not read one drops it.
export const PARAM_NAMES: readonly ParamName[] = /* @__PURE__ */ Object.keys(URL_PARAMS).filter(isParamName);

/** The parameters of one role, as a type. */
export type ParamNameOf<R extends ParamRole> = {
  [K in ParamName]: Definition<K>['role'] extends R ? K : never;
}[ParamName];

export type EditionName = ParamNameOf<'edition'>;
/** The view options: what a chart draws, besides its edition. */
export type OptionName = ParamNameOf<'option'>;

function hasRole<R extends ParamRole>(role: R) {
  return (name: ParamName): name is ParamNameOf<R> => URL_PARAMS[name].role === role;
}

/** The parameter that names a chart's edition. */
export const EDITION_PARAM: EditionName = 'year';
/** The view options, in the table's order. */
export const OPTION_NAMES: readonly OptionName[] = /* @__PURE__ */ PARAM_NAMES.filter(hasRole('option'));

type ValueOf<K extends ParamName> = Definition<K>['values'] extends readonly (infer V)[] ? V : string;

/** A parameter's value as a URL states it: a list for a list parameter; null where it is absent and has no default. */
export type ParamValue<K extends ParamName> = Definition<K> extends { list: true } ? readonly ValueOf<K>[] : ValueOf<K>;

/** What a URL says, one field per parameter; a missing parameter is at its default (null: absent). */
export type UrlState = {
  readonly [K in ParamName]: Definition<K>['default'] extends null ? ParamValue<K> | null : ParamValue<K>;
};

export type PlanBasis = ParamValue<'basis'>;
export type EmbedThemeChoice = ParamValue<'theme'>;
export const BASES = URL_PARAMS.basis.values;
export const EMBED_THEMES = URL_PARAMS.theme.values;

export const DEFAULT_STATE: UrlState = {
  year: URL_PARAMS.year.default,
  companies: URL_PARAMS.companies.default,
  basis: URL_PARAMS.basis.default,
  highlight: URL_PARAMS.highlight.default,
  company: URL_PARAMS.company.default,
  asof: URL_PARAMS.asof.default,
  view: URL_PARAMS.view.default,
  theme: URL_PARAMS.theme.default,
};

/** The values a parameter allows, given the data's vocabulary; null for a day, which is checked as one (isDay). */
export function allowedValues(name: ParamName, vocabulary: Vocabulary): readonly string[] | null {
  const values: ParamDefinition['values'] = URL_PARAMS[name].values;
  if (values === DAY_VALUES) return null;
  return typeof values === 'string' ? vocabulary[values] : values;
}

/** "2025-02-07": a real calendar day, written as ISO 8601 does. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** The parameters switched by radio buttons on the page: each chart block names its group `<block id>-<parameter>`. */
export const SWITCH_PARAMS = ['basis', 'view'] as const satisfies readonly ParamName[];

/** What the overview's URL reads. */
export const OVERVIEW_PARAMS: readonly ParamName[] = /* @__PURE__ */ PARAM_NAMES.filter(
  (name) => URL_PARAMS[name].role !== 'frame',
);

/** What every embed's URL reads, besides the options its chart takes: how it is shown and framed. */
export const EMBED_PARAMS: readonly ParamName[] = /* @__PURE__ */ PARAM_NAMES.filter((name) =>
  (['display', 'frame'] as const satisfies readonly ParamRole[]).some((role) => URL_PARAMS[name].role === role),
);

/** Why an embed drops a parameter it does not read: its chart does not take it (a chart of Amazon alone has no company filter). */
export function embedNotRead(): string {
  return 'does not apply to this chart';
}
