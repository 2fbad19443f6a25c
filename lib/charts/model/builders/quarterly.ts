/**
 * Quarterly capex, as reported: one company's quarters, oldest first, each on the basis its report gives (cash,
 * gross purchases, or including finance leases), labelled; a quarter measured otherwise than most is said to
 * be, and guidance given for a quarter is noted under it.
 */
import { guidanceFor, quarterlyCapex } from '../../../dataset/claims';
import { MEASURE_LABEL, SHORT_MEASURE_LABEL, formatDate } from '../../../dataset/labels';
// Quarters are grouped by the calendar year they end in: a fiscal quarter says its months.
import { getEntity } from '../../../dataset/query';
import type { Dataset, Figure } from '../../../dataset/schema';
import { formatValueShort } from '../../../money/format';
import type { View } from '../../../url/view';
import { row } from '../draft';
import type { ChartDraft, LegendItem } from '../types';

/** The measure most of the quarters give: the company's usual basis. */
function usualMeasure(quarters: readonly Figure[]): Figure['measure'] {
  const counts = new Map<Figure['measure'], number>();
  for (const q of quarters) counts.set(q.measure, (counts.get(q.measure) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function quarterlyChart(ds: Dataset, view: View): ChartDraft {
  const slug = view.options.company;
  const year = view.edition;
  if (slug === null || year === null) throw new Error('Quarterly capex is drawn for a company and a year');
  const entity = getEntity(ds, slug);
  const quarters = quarterlyCapex(ds, slug, year);
  // The company's usual basis, over all its quarters: one year's few quarters would not say it.
  const usual = usualMeasure(quarterlyCapex(ds, slug));
  const rows = quarters.map((q) => {
    const guidance = guidanceFor(ds, q);
    const notes = [
      q.measure !== usual ? 'Not comparable: another basis' : null,
      guidance
        ? `Guided ${formatValueShort(guidance.value, guidance.qualifier)}, ${formatDate(guidance.stated.on)}`
        : null,
    ].filter((n) => n !== null);
    // A fiscal quarter's label names its months in parentheses: they move to the sublabel, never dropped.
    const [, name = q.period.label, months] = /^(.*?)\s*(?:\((.*)\))?$/.exec(q.period.label) ?? [];
    const measure = q.measure ? SHORT_MEASURE_LABEL[q.measure] : 'basis not stated';
    return row(
      ds,
      {
        figure: q,
        label: name,
        sublabel: [months, measure].filter(Boolean).join(' · '),
        note: notes.join(' · ') || null,
      },
      view,
      q.id,
    );
  });
  const legend: LegendItem[] = [{ mark: 'bar', label: 'Reported capex' }];
  if (rows.some((r) => r.low !== r.high)) legend.push({ mark: 'range', label: 'Range: the reports disagree' });
  const fiscal = quarters.find((q) => q.period.basis === 'fiscal');
  const notes: string[] = [];
  if (usual) notes.push(`${entity.name} reports ${MEASURE_LABEL[usual]}, as most of its quarters give it.`);
  for (const q of quarters.filter((x) => x.measure !== usual))
    notes.push(
      `${q.period.label.replace(/\s*\(.*\)$/, '')} is ${q.measure ? MEASURE_LABEL[q.measure] : 'on a basis its reports do not state'}.`,
    );
  if (quarters.length === 0) notes.push(`No quarter of ${year} reported yet.`);
  if (fiscal) notes.push(`${entity.name}’s quarters are fiscal: each names its calendar months.`);
  return {
    title: `${entity.name}’s quarterly capex in ${year}, as reported`,
    subtitle: 'Capital expenditure each quarter, US dollars, on the basis each report gives.',
    rows,
    legend,
    notes,
  };
}
