/**
 * Plans against actuals: for a year whose spending has been reported, every company's first plan, its last,
 * and what it spent, with how far each moved from the first. Companies without an actual yet are named in a
 * note; where a plan and its actual measure different things, a note says so.
 */
import { actualOf, formatShare, planStatements, shareChange } from '../../../dataset/claims';
import { MEASURE_LABEL, formatDate } from '../../../dataset/labels';
import { fiscalYearNote, listFormat } from '../../../dataset/prose';
import { yearsSpanned } from '../../../dataset/plans';
import { primaryEntities } from '../../../dataset/query';
import type { Dataset, Figure } from '../../../dataset/schema';
import type { View } from '../../../url/view';
import { row } from '../draft';
import type { ChartDraft, ChartRow, LegendItem } from '../types';

const measureOf = (f: Figure) => (f.measure ? MEASURE_LABEL[f.measure] : 'not defined by its sources');

export function planOutcomes(ds: Dataset, view: View): ChartDraft {
  const year = view.edition;
  if (year === null) throw new Error('Plans against actuals is drawn for a year');
  const rows: ChartRow[] = [];
  const waiting: string[] = [];
  const notes: string[] = [];
  const shown = primaryEntities(ds).filter((e) => !view.options.companies || view.options.companies.includes(e.slug));
  for (const entity of shown) {
    const statements = planStatements(ds, entity, year);
    const first = statements[0];
    const last = statements.at(-1);
    // A commitment over several years has no year's spending to set against it.
    if (!first || !last || yearsSpanned(first) > 1) continue;
    const actual = actualOf(ds, first);
    if (!actual) {
      waiting.push(entity.name);
      continue;
    }
    const key = (stage: string) => `${entity.slug}-${stage}`;
    rows.push(
      row(
        ds,
        { figure: first, label: entity.name, sublabel: `First plan · ${formatDate(first.stated.on)}` },
        view,
        key('first'),
      ),
      row(
        ds,
        {
          figure: last,
          label: entity.name,
          sublabel: `Last plan · ${formatDate(last.stated.on)}`,
          note: last === first ? 'Never revised' : `${formatShare(shareChange(first, last))} on the first plan`,
        },
        view,
        key('last'),
      ),
      row(
        ds,
        {
          figure: actual,
          label: entity.name,
          sublabel: `Spent · ${actual.period.label}`,
          note: `${formatShare(shareChange(first, actual))} on the first plan, ${formatShare(shareChange(last, actual))} on the last`,
          actual: true,
        },
        view,
        key('actual'),
      ),
    );
    if (first.period.basis === 'fiscal') notes.push(fiscalYearNote(entity.name, first));
    if (first.measure !== actual.measure)
      notes.push(
        `${entity.name}: not the same measure; the plan is ${measureOf(first)}, what was spent ${measureOf(actual)}.`,
      );
  }
  if (waiting.length) notes.push(`Not shown, no spending reported for ${year} yet: ${listFormat(waiting)}.`);
  const legend: LegendItem[] = [{ mark: 'bar', label: 'Plan, first and last as stated' }];
  if (rows.some((r) => r.low !== r.high)) legend.push({ mark: 'range', label: 'Range, low to high' });
  legend.push({ mark: 'actual', label: 'Spent, as reported' });
  return {
    title: `${year} plans against what was spent`,
    subtitle: 'Each company’s first plan, its last, and its reported capex, US dollars; the change is on midpoints.',
    rows,
    legend,
    notes,
  };
}
