/**
 * What each embed page shows and reads: its view, the URL parameters that apply to it, and where its full
 * view lives. An embed's path names the chart and its edition: /embed/capex-2025.
 */
import type { Dataset } from '../dataset/schema';
import { EMBED_PARAMS, type ParamName } from '../url/params';
import { type View, viewParams } from '../url/view';
import { editionsOf } from '../charts/model/baked-views';
import { type ChartId, chartShape } from '../charts/model/chart-ids';
import { chartSlug } from '../charts/model/keys';
import { availableCharts, chartPermalink, companiesOf, viewFor } from '../charts/model/registry';

/** What an embed's URL reads: how it is shown and framed, and the chart's own options (its path names its edition). */
export function embedParams(id: ChartId): ParamName[] {
  return [...EMBED_PARAMS, ...viewParams(id).filter((name) => !(chartShape(id).editions && name === 'year'))];
}

/** Every embed page: each chart in each of its editions (and of each company, for a chart about one), as the view it opens with. */
export function embedViews(ds: Dataset): View[] {
  return availableCharts(ds).flatMap((id) =>
    editionsOf(ds, id).flatMap((year) =>
      companiesOf(ds, id, year).map((company) => viewFor(ds, id, { year, company })),
    ),
  );
}

/** The view an embed's path names ("capex-2025"), or null. */
export function embedOf(ds: Dataset, slug: string): View | null {
  return embedViews(ds).find((view) => chartSlug(view) === slug) ?? null;
}

/** The chart's view on the site, without the options the embed's URL adds: where its link back goes. */
export function fullViewPath(ds: Dataset, view: View): string {
  return chartPermalink(ds, view);
}

/**
 * A pinned embed's chart on today's site: as it stood on `asof` (the release's day, when newer data has come
 * since), or today's view. A chart today's data no longer draws links home.
 */
export function liveViewPath(current: Dataset, pinned: View, asof: string | null): string {
  if (!embedViews(current).some((v) => chartSlug(v) === chartSlug(pinned))) return '/';
  return chartPermalink(
    current,
    viewFor(current, pinned.chart, {
      year: pinned.edition,
      company: pinned.options.company,
      basis: pinned.options.basis,
      asof,
    }),
  );
}
