/**
 * Which charts each page of the site shows (the overview, a company page), as the views it opens with, and
 * each page's link preview: derived from the registry and the dataset.
 */
import { findFigure, latestPlanOf, primaryEntities } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import type { View } from '../../url/view';
import { takes } from './chart-ids';
import { availableCharts, chartEntry, companiesOf, editionsOf, viewFor } from './registry';

/** A page of the site that shows charts: 'overview', or a company page (its slug). */
export type ChartPage = string;

/**
 * The charts a page shows, in registry order, each as the view the page opens with: the overview's at their
 * defaults (the newest year; its URL may choose another); a company page's plans highlighting the company in
 * the year of its latest plan, then the charts about it (each of its years, newest first), then its own.
 */
export function pageCharts(ds: Dataset, page: ChartPage): View[] {
  if (page === 'overview')
    return availableCharts(ds)
      .filter((id) => chartEntry(id).overview !== null)
      .map((id) => viewFor(ds, id));
  const entity = primaryEntities(ds).find((e) => e.slug === page);
  if (!entity) return [];
  const hasPlan = Object.keys(entity.plans).length > 0;
  return availableCharts(ds).flatMap((id): View[] => {
    const entry = chartEntry(id);
    if (entry.companyPages === 'plans')
      return hasPlan
        ? [viewFor(ds, id, { highlight: takes(id, 'highlight') ? page : null, year: latestPlanOf(ds, entity).year })]
        : [];
    if (entry.companyPages === 'about')
      return editionsOf(ds, id)
        .filter((edition) => companiesOf(ds, id, edition).includes(page))
        .reverse()
        .map((year) => viewFor(ds, id, { year, company: page }));
    if (entry.companyPages !== 'own') return [];
    const about = new Set((entry.figures ?? []).map((f) => findFigure(ds, f)?.entity));
    return about.size === 1 && about.has(page) ? [viewFor(ds, id)] : [];
  });
}

/** Where a page's link preview (1200×630 PNG) lives. */
export function previewImagePath(page: ChartPage): string {
  return page === 'overview' ? '/og/overview.png' : `/og/companies/${page}.png`;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Each page's link preview shows that page's main chart: the registry's linkPreview chart, as the page shows it. */
export function linkPreviews(ds: Dataset): { path: string; view: View }[] {
  const pages: ChartPage[] = ['overview', ...primaryEntities(ds).map((e) => e.slug)];
  return pages.flatMap((page) => {
    const view = pageCharts(ds, page).find((v) => chartEntry(v.chart).linkPreview);
    return view ? [{ path: previewImagePath(page), view }] : [];
  });
}
