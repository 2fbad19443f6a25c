/**
 * Every chart's id, in the order pages list them, and the shape of its views: whether it has an edition per
 * year with plans (capex-2025), and the view options it takes (lib/url/params.ts). A leaf, so that the view
 * codec (lib/url/view.ts), the page script and the chart types can know a chart's views without importing the
 * registry (./registry.ts), which imports the builders that use those types; the type checker holds the two to
 * the same set of ids.
 */
import type { OptionName } from '../../url/params';

export interface ChartShape {
  /** An edition per year with plans: the chart's slug joins it to the id, and a URL's `year` chooses it. */
  editions: boolean;
  /**
   * The view options it reads; the others do not apply to it. basis: one view per value, switched on the page.
   * highlight: a view per company, baked (a company page shows it). companies: the overview's and the embed's
   * filter, drawn on demand in the browser (./keys.ts's isBakedView).
   */
  takes: readonly OptionName[];
}

export const CHART_SHAPES = {
  capex: { editions: true, takes: ['companies', 'basis', 'highlight'] },
  'amazon-capex': { editions: false, takes: [] },
  'aws-revenue': { editions: false, takes: [] },
  'amazon-q4-2024': { editions: false, takes: [] },
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
