/**
 * How a plan moved: one company's plan for one year, each statement of it on its own row by the day it was
 * made (a range drawn as a band), and what was spent once it was reported. From the plan's chain of
 * statements (lib/dataset/claims.ts): the data names no company or year here.
 */
import { actualOf, describeMove, formatShare, planStatements, shareChange } from '../../../dataset/claims';
import { MEASURE_LABEL, formatDate } from '../../../dataset/labels';
import { fiscalYearNote, shortPeriodLabel } from '../../../dataset/prose';
import { getEntity } from '../../../dataset/query';
import type { Dataset } from '../../../dataset/schema';
import type { View } from '../../../url/view';
import { row } from '../draft';
import type { ChartDraft, LegendItem } from '../types';

export function planHistory(ds: Dataset, view: View): ChartDraft {
  const year = view.edition;
  const slug = view.options.company;
  if (year === null || slug === null) throw new Error('How a plan moved is drawn for a company and a year');
  const entity = getEntity(ds, slug);
  const statements = planStatements(ds, entity, year);
  const first = statements[0];
  const actual = first && actualOf(ds, first);
  // A fiscal year's months are in its note: the title stays on one line.
  const period = first ? shortPeriodLabel(first) : year;

  const rows = statements.map((f, i) => {
    const previous = statements[i - 1];
    return row(
      ds,
      {
        figure: f,
        label: formatDate(f.stated.on),
        // Short enough for a slide: the day is the label, the event the sublabel, the move the note.
        sublabel: f.stated.at,
        note: previous ? `${describeMove(previous, f)} on ${formatDate(previous.stated.on)}` : 'First plan',
      },
      view,
      f.id,
    );
  });
  if (actual && first) {
    const last = statements.at(-1) ?? first;
    rows.push(
      row(
        ds,
        {
          figure: actual,
          label: formatDate(actual.stated.on),
          sublabel: actual.stated.at,
          note: `Spent: ${formatShare(shareChange(first, actual))} on the first plan, ${formatShare(shareChange(last, actual))} on the last`,
          actual: true,
        },
        view,
        actual.id,
      ),
    );
  }

  const legend: LegendItem[] = [{ mark: 'bar', label: 'Plan, as stated that day' }];
  if (rows.some((r) => r.low !== r.high)) legend.push({ mark: 'range', label: 'Range, low to high' });
  if (actual) legend.push({ mark: 'actual', label: 'Spent, as reported' });

  const notes: string[] = [];
  if (first?.period.basis === 'fiscal') notes.push(fiscalYearNote(entity.name, first));
  if (first && actual && first.measure !== actual.measure)
    notes.push(
      `Not the same measure: the plan is ${first.measure ? MEASURE_LABEL[first.measure] : 'not defined by its sources'}, what was spent ${actual.measure ? MEASURE_LABEL[actual.measure] : 'not defined by its sources'}.`,
    );
  if (!actual && first) notes.push(`No spending reported for ${period} yet.`);
  if (!first) notes.push(`No plan for ${year} had been stated.`);

  return {
    title: `How ${entity.name}’s plan for ${period} moved`,
    subtitle: `Each statement of the plan by the day it was made${actual ? ', and what was spent' : ''}. US dollars.`,
    rows,
    legend,
    notes,
  };
}
