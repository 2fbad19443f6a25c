/**
 * The plans chart: every company's plan for a year, side by side. What it draws
 * and says comes from the data: the year's plans (entities.json), a plan over
 * several years drawn as its yearly average or its total (the dataset's
 * derived yearly figure), a plan's run-rate and the year before's spending as
 * markers where the data has them, fiscal years named with their months, and
 * notes, legend and subtitle about the rows shown only.
 */
import { KIND_LABEL, MEASURE_LABEL, formatDate } from '../../../dataset/labels';
import { priorYearOf, runRatesOf, yearlyAverageOf, yearsSpanned } from '../../../dataset/plans';
import { countWord as count, fiscalMonths, listFormat as list, spanLabel } from '../../../dataset/prose';
import { plansOf, getFigure } from '../../../dataset/query';
import type { Dataset, Figure } from '../../../dataset/schema';
import { formatUsd } from '../../../money/format';
import { marker, row } from '../draft';
import type { View } from '../../../url/view';
import type { ChartDraft, ChartMarker, LegendItem } from '../types';

export function capexPlans(ds: Dataset, view: View): ChartDraft {
  const { options } = view;
  // The chart has an edition per year with plans (./chart-ids.ts): each of its views names its year.
  const year = view.edition;
  if (year === null) throw new Error('The plans chart is drawn for a year');
  const plans = plansOf(ds, year).filter((p) => !options.companies || options.companies.includes(p.entity.slug));
  const perYear = options.basis !== 'total';
  const multiYear: { name: string; plan: Figure; span: number; yearly: Figure }[] = [];
  const fiscal: { name: string; plan: Figure }[] = [];
  const calendar: string[] = [];
  const runRateNotes: string[] = [];
  const offCycle: string[] = [];
  const measures: { name: string; measure: Figure['measure'] }[] = [];

  const rows = plans.map(({ entity, figure: plan }) => {
    const span = yearsSpanned(plan);
    if (span > 1) {
      const yearly = yearlyAverageOf(ds, plan);
      // The data check refuses a plan over several years without its yearly average (missing-yearly-average).
      if (!yearly) throw new Error(`${plan.id} spans ${span} years but has no yearly average`);
      multiYear.push({ name: entity.name, plan, span, yearly });
      const years = spanLabel(plan);
      return row(
        ds,
        {
          figure: perYear ? yearly : plan,
          label: entity.name,
          sublabel: perYear
            ? `Yearly average of a ${count(span)}-year commitment`
            : `Total ${count(span)}-year commitment, ${years}`,
          note: perYear
            ? `${formatUsd(plan.value.low)} over ${count(span)} years ÷ ${span}`
            : `Spread over ${count(span)} years; not one year’s spending`,
        },
        view,
        entity.slug,
      );
    }
    // A fiscal period's label names its months, so it is never read as the calendar year.
    if (plan.period.basis === 'fiscal') fiscal.push({ name: entity.name, plan });
    else {
      calendar.push(entity.name);
      // A company whose fiscal year is not the calendar's, planning for a calendar year: said, not assumed.
      if (entity.fiscalYearEnd && entity.fiscalYearEnd !== '--12-31')
        offCycle.push(`${entity.name}’s plan is for calendar ${year}, not its fiscal year (see its note).`);
    }
    measures.push({ name: entity.name, measure: plan.measure });
    const markers: ChartMarker[] = [];
    // A run-rate is read beside the plan it was stated with: a later revision replaces that reading.
    for (const rate of runRatesOf(ds, plan).filter((r) => r.stated.on >= plan.stated.on)) {
      const input = getFigure(ds, rate.derivation.input);
      const by = rate.derivation.by;
      markers.push(marker(ds, rate.id, 'run-rate', `${input.period.label} run-rate × ${by}`));
      runRateNotes.push(
        `${entity.name}’s run-rate is its ${input.period.label} capex of ${formatUsd(input.value.low)} × ${by} = ${formatUsd(rate.value.low)}.`,
      );
    }
    const prior = priorYearOf(ds, plan);
    if (prior) markers.push(marker(ds, prior.id, 'prior-year', `Spent in ${prior.period.label}`));
    return row(
      ds,
      {
        figure: plan,
        label: entity.name,
        // A revised plan says so, and when: it is never shown as if it were the first.
        sublabel:
          plan.kind === 'revision'
            ? `${KIND_LABEL[plan.kind]}, ${formatDate(plan.stated.on)} · ${plan.period.label}`
            : `${KIND_LABEL[plan.kind]} · ${plan.period.label}`,
        markers,
        note: markers.map((m) => m.label).join(' · ') || null,
      },
      view,
      entity.slug,
    );
  });

  const legend: LegendItem[] = [{ mark: 'bar', label: 'Planned capex' }];
  if (rows.some((r) => r.low !== r.high)) legend.push({ mark: 'range', label: 'Range, low to high' });
  if (rows.some((r) => r.style === 'derived')) legend.push({ mark: 'derived', label: 'Computed, not reported' });
  // A marker's key names its company when one row has it, as the chart does; several say what it is.
  const marked = (mark: ChartMarker['mark']) =>
    rows.flatMap((row) => row.markers.filter((m) => m.mark === mark).map((marker) => ({ row, marker })));
  const runRate = marked('run-rate');
  const [oneRunRate] = runRate;
  if (runRate.length === 1 && oneRunRate)
    legend.push({
      mark: 'run-rate',
      label: `${oneRunRate.row.label} ${oneRunRate.marker.name.replace(' run-rate', '')}`,
    });
  else if (runRate.length > 1) legend.push({ mark: 'run-rate', label: 'Run-rate: a quarter × 4' });
  const prior = marked('prior-year');
  const [onePrior] = prior;
  if (prior.length === 1 && onePrior)
    legend.push({ mark: 'prior-year', label: `${onePrior.row.label} ${onePrior.marker.period} capex` });
  else if (prior.length > 1) legend.push({ mark: 'prior-year', label: 'Capex in the year before' });

  const notes: string[] = [];
  if (fiscal.length) {
    const months = fiscal.map(
      ({ name, plan }, i) => `${name}’s${i === 0 ? ` fiscal year ${year}` : ''} runs from ${fiscalMonths(plan)}`,
    );
    // Beyond a few, the others are counted, not named: the note stays a line or two on a slide.
    const others = !calendar.length
      ? ''
      : calendar.length === 1
        ? `; ${calendar[0]}’s plan is for calendar ${year}`
        : calendar.length <= 3
          ? `; the plans of ${list(calendar)} are for calendar ${year}`
          : `; the other ${calendar.length} plans are for calendar ${year}`;
    notes.push(`${months.join(', ')}${others}.`);
  }
  for (const { name, plan, span, yearly } of multiYear) {
    notes.push(
      perYear
        ? `${name} is a ${formatUsd(plan.value.low)} commitment over ${count(span)} years, drawn here as an even yearly average (${formatUsd(yearly.value.low)}); no source gives its yearly phasing.`
        : `${name}’s ${formatUsd(plan.value.low)} is a ${count(span)}-year total, so its bar is not comparable with the others’ single-year plans.`,
    );
  }
  notes.push(...offCycle, ...runRateNotes);
  // Comparisons across companies say when their plans measure different things.
  if (new Set(measures.map((m) => m.measure)).size > 1) {
    const said = measures.flatMap(({ name, measure }) => (measure ? [`${name}’s is ${MEASURE_LABEL[measure]}`] : []));
    const silent = measures.filter((m) => !m.measure).map((m) => `${m.name}’s`);
    if (silent.length) said.push(`${list(silent)} ${silent.length === 1 ? 'does' : 'do'} not say`);
    notes.push(`The plans do not all measure the same thing: ${said.join('; ')}.`);
  }

  const highlighted = options.highlight
    ? plans.find((p) => p.entity.slug === options.highlight)?.entity.name
    : undefined;
  // The subtitle, like the legend and the notes, speaks of the rows shown only.
  const spans = [...new Set(multiYear.map((m) => m.span))];
  const [oneSpan] = spans.length === 1 ? spans : [];
  const [oneCommitment] = multiYear.length === 1 ? multiYear : [];
  const names = list(multiYear.map((m) => m.name));
  const multi = multiYear.length
    ? perYear
      ? ` ${names}: yearly average of ${oneCommitment ? 'its' : 'their'} ${oneSpan ? `${count(oneSpan)}-year commitment${oneCommitment ? '' : 's'}` : 'multi-year commitments'}.`
      : ` ${names}: total ${oneCommitment ? `${count(oneCommitment.span)}-year commitment (${spanLabel(oneCommitment.plan)})` : 'multi-year commitments'}.`
    : '';
  return {
    title: highlighted ? `${highlighted} among the ${year} AI spending plans` : `AI capital spending plans for ${year}`,
    subtitle: `Planned capital expenditure, US dollars.${multi}`,
    rows,
    legend,
    notes,
  };
}
