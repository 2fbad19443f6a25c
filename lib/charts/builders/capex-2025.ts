import type { Dataset } from '../../dataset/schema';
import { PRIMARY_SLUGS } from '../../dataset/slugs';
import { formatUsd } from '../../money/format';
import { entityOf, fig, marker, row } from '../draft';
import type { ChartDraft, ChartOptions, LegendItem } from '../spec';

/** The overview chart: the five 2025 plans side by side. */
export function capex2025(ds: Dataset, options: ChartOptions): ChartDraft {
  const shown = (options.companies ?? PRIMARY_SLUGS).filter((s) => (PRIMARY_SLUGS as readonly string[]).includes(s));
  const order = PRIMARY_SLUGS.filter((s) => shown.includes(s));
  const stargateTotal = fig(ds, 'stargate-investment-total');
  const stargateYearly = fig(ds, 'stargate-investment-per-year');
  // The yearly average is the dataset's derived figure (total ÷ years): its divisor and its years come from the data.
  const years = stargateYearly.derivation?.op === 'divide' ? stargateYearly.derivation.by : 4;
  const span = `${stargateTotal.period.start?.slice(0, 4)}–${stargateTotal.period.end?.slice(0, 4)}`;
  const perYear = options.basis !== 'total';

  const rows = order.map((slug) => {
    const entity = entityOf(ds, slug);
    if (slug === 'stargate') {
      const f = perYear ? stargateYearly : stargateTotal;
      return row(ds, {
        figure: f,
        label: entity.name,
        sublabel: perYear ? 'Yearly average of a four-year commitment' : `Total four-year commitment, ${span}`,
        note: perYear
          ? `${formatUsd(stargateTotal.value.low)} over four years ÷ ${years}`
          : 'Spread over four years; not one year’s spending',
      }, options, slug);
    }
    const f = fig(ds, entity.headlineFigure!);
    // A fiscal period's label names its months, so it is never read as calendar 2025.
    const sublabel = `Plan · ${f.period.label}`;
    if (slug === 'amazon') {
      const markers = [
        marker(ds, 'amazon-capex-2025-run-rate', 'run-rate', 'Q4 2024 run-rate × 4'),
        marker(ds, 'amazon-capex-2024', 'prior-year', 'Spent in 2024'),
      ];
      return row(ds, { figure: f, label: entity.name, sublabel, markers, note: markers.map((m) => m.label).join(' · ') }, options, slug);
    }
    return row(ds, { figure: f, label: entity.name, sublabel }, options, slug);
  });

  const legend: LegendItem[] = [{ mark: 'bar', label: 'Planned capex' }];
  if (rows.some((r) => r.low !== r.high)) legend.push({ mark: 'range', label: 'Range, low to high' });
  if (rows.some((r) => r.style === 'derived')) legend.push({ mark: 'derived', label: 'Computed, not reported' });
  if (rows.some((r) => r.markers.some((m) => m.mark === 'run-rate'))) legend.push({ mark: 'run-rate', label: 'Amazon Q4 2024 × 4' });
  if (rows.some((r) => r.markers.some((m) => m.mark === 'prior-year'))) legend.push({ mark: 'prior-year', label: 'Amazon 2024 capex' });

  const notes: string[] = [];
  if (order.includes('microsoft')) {
    // The plans shown beside it that are for the calendar year, by name: Stargate's is a four-year commitment.
    const calendar = order.filter((s) => s !== 'microsoft' && s !== 'stargate').map((s) => entityOf(ds, s).name);
    const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(calendar);
    notes.push(`Microsoft’s fiscal year 2025 runs from July 2024 to June 2025${calendar.length ? `; ${calendar.length === 1 ? `${list}’s plan is` : `the plans of ${list} are`} for calendar 2025` : ''}.`);
  }
  if (order.includes('stargate')) {
    notes.push(
      perYear
        ? `Stargate is a ${formatUsd(stargateTotal.value.low)} multi-backer commitment over four years, drawn here as an even yearly average (${formatUsd(stargateYearly.value.low)}); no source gives its yearly phasing.`
        : `Stargate’s ${formatUsd(stargateTotal.value.low)} is a four-year total, so its bar is not comparable with the others’ single-year plans.`,
    );
  }
  if (order.includes('amazon')) {
    const rr = fig(ds, 'amazon-capex-2025-run-rate');
    const q4 = fig(ds, 'amazon-capex-q4-2024');
    notes.push(`Amazon’s run-rate is its Q4 2024 capex of ${formatUsd(q4.value.low)} × 4 = ${formatUsd(rr.value.low)}; the ~$100B plan rests on it.`);
  }

  return {
    title: options.highlight
      ? `${entityOf(ds, options.highlight).name} among the 2025 AI spending plans`
      : 'AI capital spending plans for 2025',
    // The subtitle, like the legend and the notes, speaks of the rows shown only.
    subtitle: !order.includes('stargate')
      ? 'Planned capital expenditure, US dollars.'
      : perYear
        ? 'Planned capital expenditure, US dollars. Stargate: yearly average of its four-year commitment.'
        : `Planned capital expenditure, US dollars. Stargate: total four-year commitment (${span}).`,
    rows,
    legend,
    notes,
  };
}
