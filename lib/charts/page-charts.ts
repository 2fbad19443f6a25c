/**
 * The charts as pages ask for them: specs built from the loaded dataset.
 * chartSpec('capex-2025', { basis: 'total' }) is what every page, table,
 * export and CSV of that view reads.
 */
import { getDataset } from '../data';
import type { PrimarySlug } from '../dataset/slugs';
import { URL_PARAMS } from '../url/params';
import { type ChartId, buildChartSpec, takes } from './registry';
import type { ChartOptions, ChartSpec } from './spec';
import { basesOf } from './variants';

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

/** A chart as a block shows it: one variant per basis, if it takes one, with the switch's legend. */
export function chartBlock(id: ChartId, highlight: PrimarySlug | null = null): { variants: BlockVariant[]; variantLegend?: string } {
  const variants = basesOf(id).map((basis) => {
    const spec = chartSpec(id, { basis, highlight });
    return basis ? { value: basis, label: URL_PARAMS.basis.valueLabels[basis], spec } : { value: 'default', label: spec.title, spec };
  });
  return { variants, variantLegend: takes(id, 'basis') ? URL_PARAMS.basis.label : undefined };
}
