/**
 * Figures as claims made on a day. Each figure says when it was stated (figure.stated); a plan's later
 * statements revise it (figure.revises), so each company-year's plan is a chain: the first statement
 * (entities.json's plans) and each revision after it. This module answers the two questions every chart asks
 * of that model — "what was the plan for this period as of this date?" and "how did it move?" — and cuts the
 * dataset down to what had been stated by a date (datasetAsOf), so that any view can be drawn as it stood.
 * Pure functions of a Dataset; nothing here names a company, a year or a date.
 */
import { derivationInputIds } from './derive';
import { yearsSpanned } from './plans';
import type { Dataset, Entity, Figure } from './schema';

/** "2025-02-07" ≤ "2025-07-31": ISO dates compare as strings. */
export const isOnOrBefore = (date: string, limit: string) => date <= limit;

/** The figure that revises `figure`, if the dataset has one (the data check allows at most one). */
export function revisionOf(ds: Pick<Dataset, 'figures'>, figure: Figure): Figure | undefined {
  return ds.figures.find((f) => f.revises === figure.id);
}

/** A plan's statements, oldest first: the first one (`first`) and each revision of it. */
export function statementsFrom(ds: Pick<Dataset, 'figures'>, first: Figure): Figure[] {
  const chain = [first];
  const seen = new Set([first.id]);
  for (let next = revisionOf(ds, first); next && !seen.has(next.id); next = revisionOf(ds, next)) {
    chain.push(next);
    seen.add(next.id);
  }
  return chain;
}

/** How an entity's plan for a year moved: each statement of it, oldest first; empty if it has none. */
export function planStatements(ds: Pick<Dataset, 'figures'>, entity: Entity, year: string): Figure[] {
  const firstId = entity.plans[year];
  const first = firstId === undefined ? undefined : ds.figures.find((f) => f.id === firstId);
  return first ? statementsFrom(ds, first) : [];
}

/** The plan as it stands in this dataset (cut to a date by datasetAsOf, or today's): its newest statement. */
export function currentPlan(ds: Pick<Dataset, 'figures'>, entity: Entity, year: string): Figure | undefined {
  return planStatements(ds, entity, year).at(-1);
}

/** Whether two figures are about the same thing: entity, metric, segment and period. */
function samePeriod(a: Figure, b: Figure): boolean {
  return (
    a.entity === b.entity &&
    a.metric === b.metric &&
    a.segment === b.segment &&
    a.period.start !== null &&
    a.period.start === b.period.start &&
    a.period.end === b.period.end
  );
}

/** What was spent in a plan's period, once reported: a reported figure of the same entity, metric and period. */
export function actualOf(ds: Pick<Dataset, 'figures'>, plan: Figure): Figure | undefined {
  return ds.figures.find((f) => f.kind === 'reported' && samePeriod(f, plan));
}

/** The guidance given for a reported figure's period, if any: "over $30B" for a quarter. */
export function guidanceFor(ds: Pick<Dataset, 'figures'>, reported: Figure): Figure | undefined {
  return ds.figures.find((f) => f.kind === 'guidance' && samePeriod(f, reported));
}

const DAY = 86_400_000;
const days = (f: Figure) =>
  f.period.start && f.period.end ? (Date.parse(f.period.end) - Date.parse(f.period.start)) / DAY + 1 : 0;

/** Whether a figure is for one quarter (about 90 days), as a company reports it. */
export function isQuarter(f: Figure): boolean {
  const d = days(f);
  return d >= 88 && d <= 93;
}

/** An entity's reported capex by quarter, oldest first: of the quarters ending in `year`, if given. */
export function quarterlyCapex(ds: Pick<Dataset, 'figures'>, entity: string, year: string | null = null): Figure[] {
  return ds.figures
    .filter((f) => f.entity === entity && f.metric === 'capex' && f.segment === null && f.kind === 'reported')
    .filter(isQuarter)
    .filter((f) => year === null || f.period.end?.startsWith(year))
    .sort((a, b) => (a.period.start ?? '').localeCompare(b.period.start ?? ''));
}

/** The day of the first statement the dataset records, and of the latest. */
export function statementSpan(ds: Pick<Dataset, 'figures'>): { first: string; last: string } {
  const dates = ds.figures.map((f) => f.stated.on).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) throw new Error('The dataset has no figures');
  return { first, last };
}

/** The day each year's first plan of its own was stated (by any company): before it, that year has no plans. */
export function planYearsFrom(ds: Pick<Dataset, 'figures' | 'entities'>): Record<string, string> {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  const from: Record<string, string> = {};
  for (const entity of ds.entities)
    for (const [year, id] of Object.entries(entity.plans)) {
      const plan = byId.get(id);
      // A plan over several years is carried into each of them; a year begins with a plan of its own.
      if (!plan || yearsSpanned(plan) > 1) continue;
      const known = from[year];
      if (known === undefined || plan.stated.on < known) from[year] = plan.stated.on;
    }
  return from;
}

/**
 * The dataset as it stood on `date`: only the figures stated by then (a derived figure is stated when its
 * last input was), the plans first stated by then, the disagreements whose figures all were, and the sources
 * those cite. Its meta's asOf is the date. The releases stay: they are the record of what was published.
 */
export function datasetAsOf(ds: Dataset, date: string): Dataset {
  const figures = ds.figures.filter((f) => isOnOrBefore(f.stated.on, date));
  const kept = new Set(figures.map((f) => f.id));
  // A derived figure whose inputs are not all kept is not kept either (the data check dates it by its inputs).
  const complete = figures.filter((f) => !f.derivation || derivationInputIds(f.derivation).every((id) => kept.has(id)));
  const ids = new Set(complete.map((f) => f.id));
  const cited = new Set(complete.flatMap((f) => f.citations.map((c) => c.source)));
  const ignoredAmounts = ds.ignoredAmounts.filter((a) => cited.has(a.source) && (!a.figure || ids.has(a.figure)));
  // A year has plans from the first plan of its own (planYearsFrom): a commitment over several years alone does not open it.
  const from = planYearsFrom(ds);
  return {
    ...ds,
    meta: { ...ds.meta, asOf: date < ds.meta.asOf ? date : ds.meta.asOf },
    figures: complete,
    entities: ds.entities.map((e) => ({
      ...e,
      plans: Object.fromEntries(
        Object.entries(e.plans).filter(([year, id]) => {
          const opens = from[year];
          return ids.has(id) && opens !== undefined && opens <= date;
        }),
      ),
    })),
    disagreements: ds.disagreements.filter(
      (d) => d.figures.every((id) => ids.has(id)) && (d.chartedFigure === null || ids.has(d.chartedFigure)),
    ),
    sources: ds.sources.filter((s) => cited.has(s.id) || ignoredAmounts.some((a) => a.source === s.id)),
    ignoredAmounts,
  };
}

/**
 * The dates at which something a function of the dataset reads may change: each distinct statement day of
 * the figures `relevant` keeps, oldest first. Pages render a variant per window between them
 * (lib/dataset/windows.ts), so a page can show itself as it stood on any date without a server.
 */
export function statementDays(ds: Pick<Dataset, 'figures'>, relevant: (f: Figure) => boolean = () => true): string[] {
  return [...new Set(ds.figures.filter(relevant).map((f) => f.stated.on))].sort();
}

/** A value's midpoint: how a range is compared with another value. */
export const midpoint = (f: Pick<Figure, 'value'>) => (f.value.low + f.value.high) / 2;

/** How much `to` moved from `from`, as a share of `from` (midpoints): 0.21 for +21%. */
export function shareChange(from: Pick<Figure, 'value'>, to: Pick<Figure, 'value'>): number {
  const base = midpoint(from);
  return base === 0 ? 0 : (midpoint(to) - base) / base;
}

/** "+21%", "−3%", "±0%": a share as a note prints it (a true minus sign). */
export function formatShare(share: number): string {
  const pct = Math.round(share * 100);
  return pct === 0 ? '±0%' : `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`;
}

/** How a statement moved from the one before it, in words: "Unchanged", "Narrowed", "Raised, +13%". */
export function describeMove(previous: Pick<Figure, 'value'>, next: Pick<Figure, 'value'>): string {
  const { low, high } = previous.value;
  if (next.value.low === low && next.value.high === high) return 'Unchanged';
  const share = shareChange(previous, next);
  if (Math.round(share * 100) === 0) return next.value.high - next.value.low < high - low ? 'Narrowed' : 'Widened';
  return `${share > 0 ? 'Raised' : 'Lowered'}, ${formatShare(share)}`;
}
