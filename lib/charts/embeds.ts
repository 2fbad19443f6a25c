/**
 * What each embed page shows and reads: the chart's block (a variant per
 * basis), the URL parameters that apply to it, and where its full view lives.
 */
import { CHART_OPTION_PARAMS, EMBED_PARAMS, type ParamName } from '../url/params';
import { LAYOUTS, chartHeight } from './layout';
import { chartBlock } from './page-charts';
import { type ChartId, chartOptions, chartPermalink, takes } from './registry';
import type { ChartSpec } from './spec';

/** What an embed's URL reads: its view and theme, and the chart's own options except the overview's company filter (embeds show every company). */
export function embedParams(id: ChartId): ParamName[] {
  return [...EMBED_PARAMS, ...CHART_OPTION_PARAMS.filter((o) => o !== 'companies' && takes(id, o))];
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

/**
 * Height of the embed at the width it is designed for (760 px): the page's
 * fixed parts (title, switches, subtitle, legend, source line, link back:
 * 219 px, measured), the chart scaled to the 728 px between the paddings, and
 * the notes at ~95 characters per 20 px line. The e2e tests hold the rendered
 * page to it. At other widths the chart scales and the embed page posts its
 * height to the host page (docs/embedding.md).
 */
export function embedHeight(spec: Pick<ChartSpec, 'rows' | 'notes'>): number {
  const fixed = 219;
  const chart = chartHeight(LAYOUTS.wide, spec.rows.length) * (728 / LAYOUTS.wide.width);
  const noteLines = spec.notes.reduce((n, note) => n + Math.ceil(note.length / 95), 0);
  const notes = spec.notes.length ? 12 + noteLines * 20 + (spec.notes.length - 1) * 4 : 0;
  return Math.ceil((fixed + chart + notes + 24) / 10) * 10;
}
