/**
 * What each embed page shows: the chart's variants (the five plans in both
 * Stargate bases; one variant otherwise) and where its full view lives.
 */
import { capexVariants, chartSpec } from './page-charts';
import type { ChartId } from './spec';

export function embedViews(id: ChartId) {
  if (id === 'capex-2025') {
    const variants = capexVariants();
    return { title: variants[0]!.spec.title, variants, variantLegend: 'Stargate', comparesCompanies: true, fullViewPath: '/' };
  }
  const spec = chartSpec(id);
  return {
    title: spec.title,
    variants: [{ value: 'default', label: spec.title, spec }],
    variantLegend: undefined,
    comparesCompanies: false,
    fullViewPath: `${spec.href}#${id}`,
  };
}
