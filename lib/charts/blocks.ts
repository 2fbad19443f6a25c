/**
 * The charts as pages ask for them: specs built from the loaded dataset.
 * chartSpec('capex', { basis: 'total' }) is what every page, table, export
 * and CSV of that view reads.
 */
import { getDataset } from '../data';
import { yearsSpanned } from '../dataset/plans';
import { plansOf } from '../dataset/query';
import { URL_PARAMS } from '../url/params';
import { type ChartId, chartOptions, takes } from './model/registry';
import { buildChartSpec } from './model/spec';
import type { ChartOptions, ChartSpec } from './model/types';
import { basesOf, hasMultiYearPlan } from './model/variants';

export function chartSpec(id: ChartId, options: Partial<ChartOptions> = {}): ChartSpec {
  return buildChartSpec(getDataset(), id, options);
}

/** One switchable variant of a chart block: a basis, or the chart's only view. */
export interface BlockVariant {
  /** The value of this variant's radio: a basis, or "default". */
  value: string;
  label: string;
  spec: ChartSpec;
}

/**
 * A chart as a block shows it: one variant per basis, if the year has a plan over several years, with the
 * switch's legend naming whose plans it is about ("Stargate").
 */
export function chartBlock(
  id: ChartId,
  highlight: string | null = null,
  year: string | null = null,
): { variants: BlockVariant[]; variantLegend?: string } {
  const ds = getDataset();
  const edition = chartOptions(ds, id, { year }).year;
  // The basis switch is about plans over several years: a year without one shows its default view only.
  const bases = hasMultiYearPlan(ds, edition) ? basesOf(id) : basesOf(id).slice(0, 1);
  const variants = bases.map((basis) => {
    const spec = chartSpec(id, { basis, highlight, year: edition });
    return basis && bases.length > 1
      ? { value: basis, label: URL_PARAMS.basis.valueLabels[basis], spec }
      : { value: basis ?? 'default', label: spec.title, spec };
  });
  const multiYear = edition
    ? plansOf(ds, edition)
        .filter((p) => yearsSpanned(p.figure) > 1)
        .map((p) => p.entity.name)
    : [];
  return {
    variants,
    variantLegend:
      takes(id, 'basis') && bases.length > 1
        ? new Intl.ListFormat('en', { type: 'conjunction' }).format(multiYear)
        : undefined,
  };
}
