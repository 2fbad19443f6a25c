/**
 * A chart's complete spec: its builder's draft (lib/charts/model/builders/), completed with what every chart
 * computes the same way: its key and slug, axis, figure list, source line, text alternative and addresses.
 */
import { latestPlanYear, planYears, siteName } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { formatUsd } from '../../money/format';
import type { View } from '../../url/view';
import { deckPath } from '../exports/export-paths';
import { niceAxis } from '../geometry/scale';
import { chartSlug, viewKey } from './keys';
import { chartEntry, chartHref, chartPermalink } from './registry';
import { sourceLine } from './source-line';
import type { ChartSpec } from './types';

/** A view's complete spec: its chart's builder's draft, with what every chart computes the same way. */
export function buildChartSpec(ds: Dataset, view: View): ChartSpec {
  const draft = chartEntry(view.chart).build(ds, view);
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
    view,
    slug: chartSlug(view),
    key: viewKey(view),
    axis: { ...axis, tickLabels: axis.ticks.map((t) => formatUsd(t)) },
    figureIds,
    sourceLine: sourceLine(ds, figureIds),
    description: `Bar chart: ${draft.title}. ${rowsText}.`,
    href: chartHref(ds, view.chart),
    permalink: chartPermalink(ds, view),
    asOf: ds.meta.asOf,
    version: ds.meta.version,
    siteName: siteName(ds),
    deckPath: deckPath(view.edition ?? (planYears(ds).length ? latestPlanYear(ds) : null)),
  };
}
