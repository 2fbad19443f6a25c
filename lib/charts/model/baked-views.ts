/**
 * Which views of each chart the build draws, derived from the registry and the dataset: the views pages show
 * and whose files are published, and the decks (each page's charts and link previews: ./page-charts.ts).
 * Tests and scripts list what the build makes from here. Any other view a URL describes (a subset of the
 * companies) is drawn on demand in the reader's browser.
 */
import { yearsSpanned } from '../../dataset/plans';
import { planYears, plansOf } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { type PlanBasis, URL_PARAMS } from '../../url/params';
import type { View } from '../../url/view';
import { type ChartId, takes } from './chart-ids';
import { availableCharts, companiesOf, editionsOf, viewFor } from './registry';

export { editionsOf } from './registry';

/** Whether a year's plans include one over several years, which the basis switch is about. */
export function hasMultiYearPlan(ds: Dataset, year: string | null): boolean {
  return year !== null && plansOf(ds, year).some((p) => yearsSpanned(p.figure) > 1);
}

/**
 * The values of each switch a chart has: every basis, if it takes one. Every year's edition is drawn in each,
 * so a URL may ask any year for any basis; a year without a plan over several years draws both alike, and its
 * block shows no switch (lib/charts/blocks.ts).
 */
export function basesOf(id: ChartId): (PlanBasis | null)[] {
  return takes(id, 'basis') ? [...URL_PARAMS.basis.values] : [null];
}

/** No highlight, then each company's with a plan that year, if the chart takes a highlight. */
export function highlightsOf(ds: Dataset, id: ChartId, year: string | null = null): (string | null)[] {
  return takes(id, 'highlight') && year !== null ? [null, ...plansOf(ds, year).map((p) => p.entity.slug)] : [null];
}

/**
 * The baked views (./keys.ts's isBakedView): each edition and basis of a chart, plain and with each company
 * highlighted, and for a chart about one company, each company's. Pages show these, and each has its parts
 * and its files (images, PowerPoint, CSV, oEmbed) published. Their number grows with the companies and the
 * years, linearly.
 */
export function bakedViews(ds: Dataset, id?: ChartId): View[] {
  return (id ? [id] : availableCharts(ds)).flatMap((chart) =>
    editionsOf(ds, chart).flatMap((year) =>
      companiesOf(ds, chart, year).flatMap((company) =>
        basesOf(chart).flatMap((basis) =>
          highlightsOf(ds, chart, year).map((highlight) => viewFor(ds, chart, { year, basis, highlight, company })),
        ),
      ),
    ),
  );
}

/** The years a deck is made for: each with plans, or one deck when no chart has editions. */
export function deckYears(ds: Dataset): (string | null)[] {
  const years = planYears(ds);
  return years.length ? years : [null];
}

/**
 * A year's deck: each chart once (its edition of that year, if it has one), in every basis, no company
 * highlighted; a chart about one company, once per company.
 */
export function deckViews(ds: Dataset, year: string | null): View[] {
  return availableCharts(ds).flatMap((id) => {
    const editions = editionsOf(ds, id);
    const edition = editions.includes(year) ? year : editions.includes(null) ? null : undefined;
    if (edition === undefined) return [];
    return companiesOf(ds, id, edition).flatMap((company) =>
      basesOf(id).map((basis) => viewFor(ds, id, { year: edition, basis, company })),
    );
  });
}
