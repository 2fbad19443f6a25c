/**
 * Which views of each chart the build draws, derived from the registry and
 * the dataset: the views pages show and whose files are published, the decks,
 * the link previews and each page's chart list. Tests and scripts list what
 * the build makes from here. Any other view a URL describes (a subset of the
 * companies) is drawn on demand in the reader's browser.
 */
import { yearsSpanned } from '../dataset/plans';
import { latestPlanOf, planYears, plansOf, primaryEntities } from '../dataset/query';
import type { Dataset } from '../dataset/schema';
import { URL_PARAMS } from '../url/params';
import { chartKey, chartSlug } from './keys';
import { type ChartId, availableCharts, chartEntry, chartOptions, takes } from './registry';
import type { ChartOptions } from './spec';

export interface ChartVariant {
  id: ChartId;
  options: ChartOptions;
  key: string;
}

export function chartVariant(
  ds: Pick<Dataset, 'entities'>,
  id: ChartId,
  given: Partial<ChartOptions> = {},
): ChartVariant {
  const options = chartOptions(ds, id, given);
  return { id, options, key: chartKey(id, options) };
}

/** A chart's editions: each year with plans, if it takes a year. */
export function yearsOf(ds: Pick<Dataset, 'entities'>, id: ChartId): (string | null)[] {
  return takes(id, 'year') ? planYears(ds) : [null];
}

/** Whether a year's plans include one over several years, which the basis switch is about. */
export function hasMultiYearPlan(ds: Dataset, year: string | null): boolean {
  return year !== null && plansOf(ds, year).some((p) => yearsSpanned(p.figure) > 1);
}

/**
 * The values of each switch a chart has: every basis, if it takes one. Every year's edition is drawn in each,
 * so a URL may ask any year for any basis; a year without a plan over several years draws both alike, and its
 * block shows no switch (lib/charts/page-charts.ts).
 */
export function basesOf(id: ChartId): ChartOptions['basis'][] {
  return takes(id, 'basis') ? [...URL_PARAMS.basis.values] : [null];
}

/** No highlight, then each company's with a plan that year, if the chart takes a highlight. */
export function highlightsOf(ds: Dataset, id: ChartId, year: string | null = null): (string | null)[] {
  return takes(id, 'highlight') && year !== null ? [null, ...plansOf(ds, year).map((p) => p.entity.slug)] : [null];
}

/**
 * The baked views (lib/charts/keys.ts's isBakedView): each edition and basis of a chart, plain and with each
 * company highlighted. Pages show these, and each has its parts and its files (images, PowerPoint, CSV,
 * oEmbed) published. Their number grows with the companies and the years, linearly.
 */
export function chartVariants(ds: Dataset, id?: ChartId): ChartVariant[] {
  return (id ? [id] : availableCharts(ds)).flatMap((chart) =>
    yearsOf(ds, chart).flatMap((year) =>
      basesOf(chart).flatMap((basis) =>
        highlightsOf(ds, chart, year).map((highlight) => chartVariant(ds, chart, { year, basis, highlight })),
      ),
    ),
  );
}

/** The years a deck is made for: each with plans, or one deck when no chart has editions. */
export function deckYears(ds: Dataset): (string | null)[] {
  const years = planYears(ds);
  return years.length ? years : [null];
}

/** A year's deck: each chart once (its edition of that year), in every basis, no company highlighted. */
export function deckVariants(ds: Dataset, year: string | null): ChartVariant[] {
  return availableCharts(ds).flatMap((id) =>
    basesOf(id).map((basis) => chartVariant(ds, id, { year: takes(id, 'year') ? year : null, basis })),
  );
}

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
    const about = new Set((entry.figures ?? []).map((f) => ds.figures.find((x) => x.id === f)?.entity));
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
