/**
 * What each embed page shows and reads: the chart's block (a variant per
 * basis), the URL parameters that apply to it, and where its full view lives.
 * An embed's path names the chart and its edition: /embed/capex-2025.
 */
import { getDataset } from '../data';
import type { Dataset } from '../dataset/schema';
import { CHART_OPTION_PARAMS, EMBED_PARAMS, type ParamDefinition, type ParamName, URL_PARAMS } from '../url/params';
import { chartSlug } from '../charts/model/keys';
import { chartBlock } from '../charts/blocks';
import { type ChartId, availableCharts, chartOptions, chartPermalink, takes } from '../charts/model/registry';
import { yearsOf } from '../charts/model/variants';

/** What an embed's URL reads: its view and theme, and the chart's own options, but the edition its path names. */
export function embedParams(id: ChartId): ParamName[] {
  return [
    ...EMBED_PARAMS,
    ...CHART_OPTION_PARAMS.filter((o) => takes(id, o) && !(URL_PARAMS[o] as ParamDefinition).edition),
  ];
}

/** Every embed page: each chart in each of its editions. */
export function embedSlugs(ds: Dataset): { slug: string; id: ChartId; year: string | null }[] {
  return availableCharts(ds).flatMap((id) =>
    yearsOf(ds, id).map((year) => ({ slug: chartSlug(id, { year }), id, year })),
  );
}

/** The chart and edition an embed's path names, or null. */
export function embedOf(ds: Dataset, slug: string): { id: ChartId; year: string | null } | null {
  return embedSlugs(ds).find((e) => e.slug === slug) ?? null;
}

export function embedView(id: ChartId, year: string | null) {
  const ds = getDataset();
  const block = chartBlock(id, null, year);
  return {
    ...block,
    title: block.variants[0]!.spec.title,
    /** The chart's view on the site, without the options the embed's URL adds. */
    fullViewPath: chartPermalink(ds, id, chartOptions(ds, id, { year })),
  };
}
