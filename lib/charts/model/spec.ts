/**
 * A chart's complete spec: its builder's draft (lib/charts/model/builders/), completed with what every chart
 * computes the same way: its key and slug, axis, figure list, source line, text alternative and addresses.
 */
import { latestPlanYear, planYears, siteName } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { formatUsd } from '../../money/format';
import { deckPath } from '../exports/export-paths';
import { niceAxis } from '../geometry/scale';
import { chartKey, chartSlug } from './keys';
import { type ChartId, chartEntry, chartHref, chartOptions, chartPermalink } from './registry';
import { sourceLine } from './source-line';
import type { ChartOptions, ChartSpec } from './types';

/** A chart's complete spec: its builder's draft, with what every chart computes the same way. */
export function buildChartSpec(ds: Dataset, id: ChartId, given: Partial<ChartOptions> = {}): ChartSpec {
  const options = chartOptions(ds, id, given);
  const draft = chartEntry(id).build(ds, options);
  const figureIds = [
    ...draft.rows.map((r) => r.figureId),
    ...draft.rows.flatMap((r) => r.markers.map((m) => m.figureId)),
  ];
  const axis = niceAxis(Math.max(...draft.rows.flatMap((r) => [r.high, ...r.markers.map((m) => m.high)])));
  const rowsText = draft.rows
    .map(
      (r) =>
        `${r.label}, ${r.sublabel}: ${r.valueText}${r.markers.length ? ` (${r.markers.map((m) => m.label).join('; ')})` : ''}`,
    )
    .join('. ');
  return {
    ...draft,
    id,
    slug: chartSlug(id, options),
    options,
    key: chartKey(id, options),
    axis: { ...axis, tickLabels: axis.ticks.map((t) => formatUsd(t)) },
    figureIds,
    sourceLine: sourceLine(ds, figureIds),
    description: `Bar chart: ${draft.title}. ${rowsText}.`,
    href: chartHref(ds, id),
    permalink: chartPermalink(ds, id, options),
    asOf: ds.meta.asOf,
    version: ds.meta.version,
    siteName: siteName(ds),
    deckPath: deckPath(options.year ?? (planYears(ds).length ? latestPlanYear(ds) : null)),
  };
}
