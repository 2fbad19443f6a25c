/**
 * The dataset the on-demand renderer draws from: the build's validated copy
 * (scripts/bake.tsx writes it), bundled with the renderer so that a view is
 * drawn from exactly the release the page was built from.
 */
import bundled from '@/.generated/dataset.json';
import { type ChartId, chartOptions, isChartId } from '@/lib/charts/model/registry';
import { viewVocabulary } from '@/lib/dataset/query';
import type { ChartOptions } from '@/lib/charts/model/types';
import type { Dataset } from '@/lib/dataset/schema';
import { CHART_OPTION_PARAMS } from '@/lib/url/params';
import { parseViewState } from '@/lib/url/view-state';

export const dataset = bundled as unknown as Dataset;

/**
 * A view the page asks for, read again by the URL's own parser: a known chart, and only the option
 * values a URL may state. The page asks only for views it parsed from its URL; this keeps the renderer
 * from drawing anything else, whatever it is handed.
 */
export function checkedView(
  chart: string,
  options: Partial<Record<string, unknown>>,
): { id: ChartId; options: ChartOptions } {
  if (!isChartId(chart)) throw new Error('No such chart');
  const query = new URLSearchParams();
  for (const name of CHART_OPTION_PARAMS) {
    const value = options[name];
    if (typeof value === 'string') query.set(name, value);
    else if (Array.isArray(value)) query.set(name, value.map(String).join(','));
  }
  const { state } = parseViewState(query, CHART_OPTION_PARAMS, viewVocabulary(dataset));
  return { id: chart, options: chartOptions(dataset, chart, state) };
}
