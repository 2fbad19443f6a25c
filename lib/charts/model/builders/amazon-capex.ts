import { getFigure } from '../../../dataset/query';
import type { Dataset } from '../../../dataset/schema';
import { formatUsd } from '../../../money/format';
import { publishersOf, row, valueOf } from '../draft';
import type { View } from '../../../url/view';
import type { ChartDraft } from '../types';

const FIGURES = [
  'amazon-capex-2024',
  'amazon-capex-2025-plan',
  'amazon-capex-2025-run-rate',
  'amazon-capex-q4-2024',
  'amazon-capex-2025-more-than-100b',
] as const;

/** Amazon's capex: 2024 spent, the 2025 plan, and the run-rate it rests on. */
export const amazonCapex = { figures: FIGURES, build: buildAmazonCapex };

function buildAmazonCapex(ds: Dataset, view: View): ChartDraft {
  const rows = [
    row(
      ds,
      { figure: getFigure(ds, 'amazon-capex-2024'), label: '2024', sublabel: 'Reported · spent in the year' },
      view,
      'amazon-capex-2024',
    ),
    row(
      ds,
      { figure: getFigure(ds, 'amazon-capex-2025-plan'), label: '2025', sublabel: 'Plan · as four sources report it' },
      view,
      'amazon-capex-2025-plan',
    ),
    row(
      ds,
      {
        figure: getFigure(ds, 'amazon-capex-2025-run-rate'),
        label: '2025 run-rate',
        sublabel: 'Derived · Q4 2024 capex × 4',
      },
      view,
      'amazon-capex-2025-run-rate',
    ),
  ];
  const q4 = getFigure(ds, 'amazon-capex-q4-2024');
  return {
    title: 'Amazon’s capital expenditure, 2024 → 2025',
    subtitle: 'US dollars. The 2025 plan as the press reports it, and the run-rate it rests on.',
    rows,
    legend: [
      { mark: 'bar', label: 'Reported or planned' },
      { mark: 'derived', label: 'Computed, not reported' },
    ],
    notes: [
      `Jassy said Q4 2024’s ${formatUsd(q4.value.low)} of capex is “reasonably representative” of 2025; ${formatUsd(q4.value.low)} × 4 = ${formatUsd(getFigure(ds, 'amazon-capex-2025-run-rate').value.low)}. ${publishersOf(ds, 'amazon-capex-2025-more-than-100b')} puts 2025 at ${valueOf(ds, getFigure(ds, 'amazon-capex-2025-more-than-100b')).valueText}.`,
    ],
  };
}
