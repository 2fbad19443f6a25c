/**
 * What each embed page shows and reads: the chart's block (a variant per
 * basis), the URL parameters that apply to it, and where its full view lives.
 */
import { CHART_OPTION_PARAMS, EMBED_PARAMS, type ParamName } from '../url/params';
import { chartBlock } from './page-charts';
import { type ChartId, chartOptions, chartPermalink, takes } from './registry';

/** What an embed's URL reads: its view and theme, and the chart's own options (companies, basis, highlight where it takes them). */
export function embedParams(id: ChartId): ParamName[] {
  return [...EMBED_PARAMS, ...CHART_OPTION_PARAMS.filter((o) => takes(id, o))];
}

export function embedView(id: ChartId) {
  const block = chartBlock(id);
  return {
    ...block,
    title: block.variants[0]!.spec.title,
    /** The chart's view on the site, without the options the embed's URL adds. */
    fullViewPath: chartPermalink(id, chartOptions(id)),
  };
}
