/**
 * Which charts each page of the site shows (the overview, a company page), their anchors, and each page's
 * link preview: derived from the registry and the dataset.
 */
import { findFigure, latestPlanOf, primaryEntities } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { chartSlug } from './keys';
import { type ChartId, availableCharts, chartEntry, chartOptions, takes } from './registry';
import { type ChartVariant, chartVariant } from './variants';

/** A page of the site that shows charts: the overview, or a company page (its slug). */
export type ChartPage = 'overview' | string;

/** A chart as a page shows it: the options the page fixes (a company page highlights its company, in its plan's year). */
export interface PageChart {
  id: ChartId;
  highlight: string | null;
  year: string | null;
}

/** The charts a page shows, in registry order. */
export function pageCharts(ds: Dataset, page: ChartPage): PageChart[] {
  if (page === 'overview')
    return availableCharts(ds)
      .filter((id) => chartEntry(id).onOverview)
      .map((id) => ({ id, highlight: null, year: null }));
  const entity = primaryEntities(ds).find((e) => e.slug === page);
  if (!entity) return [];
  const hasPlan = Object.keys(entity.plans).length > 0;
  return availableCharts(ds).flatMap((id): PageChart[] => {
    const entry = chartEntry(id);
    if (entry.companyPages === 'plans')
      return hasPlan
        ? [{ id, highlight: takes(id, 'highlight') ? page : null, year: latestPlanOf(ds, entity).year }]
        : [];
    const about = new Set((entry.figures ?? []).map((f) => findFigure(ds, f)?.entity));
    return about.size === 1 && about.has(page) ? [{ id, highlight: null, year: null }] : [];
  });
}

/** The DOM id and anchor of a chart block on a page: its slug ("capex-2025"). */
export function pageChartSlug(ds: Dataset, chart: PageChart): string {
  return chartSlug(chart.id, chartOptions(ds, chart.id, { year: chart.year }));
}

/** Where a page's link preview (1200×630 PNG) lives. */
export function previewImagePath(page: ChartPage): string {
  return page === 'overview' ? '/og/overview.png' : `/og/companies/${page}.png`;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Each page's link preview shows that page's main chart: the registry's linkPreview chart, as the page shows it. */
export function linkPreviews(ds: Dataset): { path: string; variant: ChartVariant }[] {
  const pages: ChartPage[] = ['overview', ...primaryEntities(ds).map((e) => e.slug)];
  return pages.flatMap((page) => {
    const chart = pageCharts(ds, page).find((c) => chartEntry(c.id).linkPreview);
    return chart
      ? [
          {
            path: previewImagePath(page),
            variant: chartVariant(ds, chart.id, { highlight: chart.highlight, year: chart.year }),
          },
        ]
      : [];
  });
}
