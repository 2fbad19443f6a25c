/**
 * A chart's complete spec: its builder's draft (lib/charts/model/builders/), completed with what every chart
 * computes the same way: its key and slug, axis, figure list, source line, text alternative and addresses.
 */
import { datasetAsOf } from '../../dataset/claims';
import { formatDate } from '../../dataset/labels';
import { latestPlanYear, planYears, siteName } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { formatUsd } from '../../money/format';
import type { View } from '../../url/view';
import { deckPath } from '../exports/export-paths';
import { niceAxis } from '../geometry/scale';
import { chartSlug, viewKey } from './keys';
import { chartEntry, chartHref, chartPermalink, isAvailable } from './registry';
import { sourceLine } from './source-line';
import type { ChartSpec } from './types';

/**
 * A view's complete spec: its chart's builder's draft, with what every chart computes the same way. A view as
 * of a day is drawn from the dataset as it stood then (lib/dataset/claims.ts), and says so in its subtitle.
 */
export function buildChartSpec(ds: Dataset, view: View): ChartSpec {
  const day = view.options.asof;
  const data = day ? datasetAsOf(ds, day) : ds;
  const build = chartEntry(view.chart).build;
  // A chart of fixed figures as of a day before they were stated: its title, and a note that nothing was yet.
  const built = isAvailable(data, view.chart)
    ? build(data, view)
    : {
        ...build(ds, view),
        rows: [],
        legend: [],
        notes: [`Nothing of it had been stated by ${formatDate(day ?? '')}.`],
      };
  const draft = day ? { ...built, subtitle: `As it stood on ${formatDate(day)}. ${built.subtitle}` } : built;
  const figureIds = [
    ...draft.rows.map((r) => r.figureId),
    ...draft.rows.flatMap((r) => r.markers.map((m) => m.figureId)),
  ];
  // A view as of a day before its chart's first statement has no rows: its axis is still drawn.
  const axis = niceAxis(Math.max(0, ...draft.rows.flatMap((r) => [r.high, ...r.markers.map((m) => m.high)])));
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
    sourceLine: sourceLine(data, figureIds),
    description: `Bar chart: ${draft.title}. ${day ? `As it stood on ${formatDate(day)}. ` : ''}${rowsText || 'Nothing stated yet'}.`,
    href: chartHref(ds, view),
    permalink: chartPermalink(ds, view),
    asOf: data.meta.asOf,
    asOfDay: day,
    version: ds.meta.version,
    siteName: siteName(ds),
    deckPath: deckPath(view.edition ?? (planYears(ds).length ? latestPlanYear(ds) : null)),
  };
}
