/**
 * A chart as a page's block shows it: one variant per value of its basis switch (or its only view), each a
 * view with its spec. The spec is what every page, table, export and CSV of that view reads.
 */
import { yearsSpanned } from '../dataset/plans';
import { plansOf, viewVocabulary } from '../dataset/query';
import type { Dataset } from '../dataset/schema';
import { URL_PARAMS } from '../url/params';
import { type View, withOptions } from '../url/view';
import { takes } from './model/chart-ids';
import { basesOf, hasMultiYearPlan } from './model/baked-views';
import { buildChartSpec } from './model/spec';
import type { ChartSpec } from './model/types';

/** One position of a block's basis switch (or the chart's only view), and the view it shows. */
export interface BlockVariant {
  /** The value of this variant's radio: a basis, or "default". */
  value: string;
  label: string;
  spec: ChartSpec;
}

/**
 * A view as a block shows it: one variant per basis, if its year has a plan over several years, with the
 * switch's legend naming whose plans it is about ("Stargate"); otherwise the view alone.
 */
export function chartBlock(ds: Dataset, view: View): { variants: BlockVariant[]; variantLegend?: string } {
  // The basis switch is about plans over several years: a year without one shows its default view only.
  const bases = hasMultiYearPlan(ds, view.edition) ? basesOf(view.chart) : basesOf(view.chart).slice(0, 1);
  const vocabulary = viewVocabulary(ds);
  const variants = bases.map((basis) => {
    const spec = buildChartSpec(ds, withOptions(view, { basis }, vocabulary));
    return basis && bases.length > 1
      ? { value: basis, label: URL_PARAMS.basis.valueLabels[basis], spec }
      : { value: basis ?? 'default', label: spec.title, spec };
  });
  const multiYear = view.edition
    ? plansOf(ds, view.edition)
        .filter((p) => yearsSpanned(p.figure) > 1)
        .map((p) => p.entity.name)
    : [];
  return {
    variants,
    variantLegend:
      takes(view.chart, 'basis') && bases.length > 1
        ? new Intl.ListFormat('en', { type: 'conjunction' }).format(multiYear)
        : undefined,
  };
}
