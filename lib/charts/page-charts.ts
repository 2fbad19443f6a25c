/**
 * The charts as pages ask for them: specs built from the loaded dataset.
 * chartSpec('capex-2025', { basis: 'total' }) is what every page, table,
 * export and CSV of that chart reads.
 */
import { getDataset } from '../data';
import type { PrimarySlug } from '../dataset/schema';
import { type ChartId, type ChartOptions, type ChartSpec, STARGATE_BASES, buildChartSpec } from './spec';

export function chartSpec(id: ChartId, options: Partial<ChartOptions> = {}): ChartSpec {
  return buildChartSpec(getDataset(), id, options);
}

export const BASIS_LABEL = { 'per-year': 'Per year (average)', total: 'Total commitment' } as const;

/** The overview chart in both Stargate bases, optionally with one company highlighted. */
export function capexVariants(highlight: PrimarySlug | null = null) {
  return STARGATE_BASES.map((basis) => ({ value: basis, label: BASIS_LABEL[basis], spec: chartSpec('capex-2025', { basis, highlight }) }));
}
