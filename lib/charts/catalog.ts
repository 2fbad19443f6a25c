/**
 * Which chart variants the site bakes. Every chart on every page is one of
 * these, so the baked SVG a page shows is the same one an export is made from.
 */
import { PRIMARY_SLUGS, type PrimarySlug } from '../dataset/schema';
import { type ChartId, type ChartOptions, STARGATE_BASES, companyCharts } from './spec';

export interface ChartVariant {
  id: ChartId;
  options: Partial<ChartOptions>;
}

/** The overview chart in both Stargate bases, plain and with each company highlighted; and each company's own charts. */
export function pageChartVariants(): ChartVariant[] {
  const variants: ChartVariant[] = [];
  for (const basis of STARGATE_BASES) {
    for (const highlight of [null, ...PRIMARY_SLUGS] as (PrimarySlug | null)[]) {
      variants.push({ id: 'capex-2025', options: { basis, highlight } });
    }
  }
  for (const slug of PRIMARY_SLUGS) for (const id of companyCharts(slug)) variants.push({ id, options: {} });
  return variants;
}

/** Every proper, non-empty subset of the five, in display order. */
export function companySubsets(): PrimarySlug[][] {
  const subsets: PrimarySlug[][] = [];
  const n = PRIMARY_SLUGS.length;
  for (let mask = 1; mask < (1 << n) - 1; mask++) subsets.push(PRIMARY_SLUGS.filter((_, i) => mask & (1 << i)));
  return subsets;
}

/** The overview chart for each subset of companies the URL can ask for, in both bases; fetched as fragments. */
export function subsetChartVariants(): ChartVariant[] {
  return companySubsets().flatMap((entities) => STARGATE_BASES.map((basis) => ({ id: 'capex-2025' as const, options: { basis, entities } })));
}
