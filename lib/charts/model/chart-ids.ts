/**
 * Every chart's id, in the order pages list them, and the shape of its views: whether it has an edition per
 * year (capex-2025), and the view options it takes (lib/url/params.ts). A leaf, so that the view
 * codec (lib/url/view.ts), the page script and the chart types can know a chart's views without importing the
 * registry (./registry.ts), which imports the builders that use those types; the type checker holds the two to
 * the same set of ids.
 */
import type { EditionList, OptionName } from '../../url/params';

export interface ChartShape {
  /**
   * Where its editions come from, if it has them: each year with plans ('years'), or each year whose spending
   * was reported against a plan ('actualYears'). The chart's slug joins the edition to its id, and a URL's
   * `year` chooses it; null: one view, no edition.
   */
  editions: EditionList | null;
  /**
   * The view options it reads; the others do not apply to it. basis: one view per value, switched on the page.
   * highlight: a view per company, baked (a company page shows it). company: what a chart of one company is
   * about, named in its slug, a view per company, baked. companies and asof: drawn on demand in the browser
   * (./keys.ts's isBakedView).
   */
  takes: readonly OptionName[];
}

export const CHART_SHAPES = {
  capex: { editions: 'years', takes: ['companies', 'basis', 'highlight', 'asof'] },
  'plan-outcomes': { editions: 'actualYears', takes: ['companies', 'asof'] },
  'plan-history': { editions: 'years', takes: ['company', 'asof'] },
  quarterly: { editions: 'years', takes: ['company', 'asof'] },
  'amazon-capex': { editions: null, takes: ['asof'] },
  'aws-revenue': { editions: null, takes: ['asof'] },
  'amazon-q4-2024': { editions: null, takes: ['asof'] },
} as const satisfies Record<string, ChartShape>;

export type ChartId = keyof typeof CHART_SHAPES;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHART_SHAPES, id);
}

export const CHART_IDS: readonly ChartId[] = /* @__PURE__ */ Object.keys(CHART_SHAPES).filter(isChartId);

export function chartShape(id: ChartId): ChartShape {
  return CHART_SHAPES[id];
}

export function takes(id: ChartId, option: OptionName): boolean {
  return chartShape(id).takes.includes(option);
}

/** Whether each of its views is about one company (`company`), which its slug names: "plan-history-amazon-2025". */
export function isAboutOneCompany(id: ChartId): boolean {
  return takes(id, 'company');
}
