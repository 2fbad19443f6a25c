/**
 * What the data says about a plan, for the plans chart and the pages: how
 * many years it spans, its yearly average where it spans several, its
 * run-rate, and what the company spent the year before. All read from the
 * figures and their periods and derivations; nothing names a company.
 */
import type { Dataset, Figure } from './schema';

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** How many years a figure's period spans, to the nearest year (1 for a quarter, a year, or an undated figure). */
export function yearsSpanned(f: Pick<Figure, 'period'>): number {
  const { start, end } = f.period;
  if (!start || !end) return 1;
  return Math.max(1, Math.round((time(end) - time(start) + DAY) / (365.25 * DAY)));
}

/** A multi-year plan's yearly average: the derived figure that divides it by its years. */
export function yearlyAverageOf(ds: Pick<Dataset, 'figures'>, plan: Figure): Figure | undefined {
  return ds.figures.find((f) => f.derivation?.op === 'divide' && f.derivation.input === plan.id);
}

/** The run-rates of a plan: derived figures of the same company, metric and period, that multiply another figure (a quarter × 4). */
export function runRatesOf(
  ds: Pick<Dataset, 'figures'>,
  plan: Figure,
): (Figure & { derivation: { op: 'multiply'; input: string; by: number } })[] {
  return ds.figures.filter(
    (
      f,
    ): f is Figure & {
      derivation: { op: 'multiply'; input: string; by: number; description: string; statedInSource: boolean };
    } =>
      f.entity === plan.entity &&
      f.metric === plan.metric &&
      f.segment === null &&
      f.derivation?.op === 'multiply' &&
      f.period.start === plan.period.start &&
      f.period.end === plan.period.end,
  );
}

/** A dated period's length in days; null when undated. */
function periodDays(f: Pick<Figure, 'period'>): number | null {
  const { start, end } = f.period;
  return start && end ? (time(end) - time(start)) / DAY + 1 : null;
}

/** What the company reported spending in the period just before the plan's, of the same length (a year, not its last quarter). */
export function priorYearOf(ds: Pick<Dataset, 'figures'>, plan: Figure): Figure | undefined {
  if (!plan.period.start) return undefined;
  const before = time(plan.period.start) - DAY;
  return ds.figures.find(
    (f) =>
      f.entity === plan.entity &&
      f.metric === plan.metric &&
      f.segment === null &&
      f.kind === 'reported' &&
      f.period.end !== null &&
      time(f.period.end) === before &&
      Math.abs((periodDays(f) ?? 0) - (periodDays(plan) ?? 0)) <= 31,
  );
}
