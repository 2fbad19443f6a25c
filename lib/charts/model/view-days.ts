/**
 * When a view begins to have something to draw: the first day, of those on which something was stated, by which
 * its chart draws a row. A page as of an earlier day hides the view's block, or shows another of its editions
 * (browser/as-of.ts reads them from the block: lib/markup-contract.ts's shownFrom and editionsFrom).
 */
import { datasetAsOf, statementDays } from '../../dataset/claims';
import type { Dataset } from '../../dataset/schema';
import type { View } from '../../url/view';
import { chartEntry, isAvailable } from './registry';

/** The first statement day by which the view draws a row, or null if it never does. */
export function firstDayOf(ds: Dataset, view: View): string | null {
  const days = statementDays(ds);
  const draws = (day: string) => {
    const asOf = datasetAsOf(ds, day);
    return isAvailable(asOf, view.chart) && chartEntry(view.chart).build(asOf, view).rows.length > 0;
  };
  // More statements never take a row away: the first day that draws is found by bisection.
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const day = days[mid];
    if (day !== undefined && draws(day)) hi = mid;
    else lo = mid + 1;
  }
  return days[lo] ?? null;
}

/** "2025@2025-01-03 2026@2026-01-28": each edition the block may show as of a day, with its first day. */
export function editionsFrom(ds: Dataset, view: View, editions: readonly string[]): string {
  return editions
    .flatMap((edition) => {
      const day = firstDayOf(ds, { ...view, edition });
      return day ? [`${edition}@${day}`] : [];
    })
    .join(' ');
}
