import { getFigure } from '../../../dataset/query';
import type { Dataset } from '../../../dataset/schema';
import { row } from '../draft';
import type { View } from '../../../url/view';
import type { ChartDraft } from '../types';

const FIGURES = ['aws-revenue-2023', 'aws-revenue-2024'] as const;

/** AWS full-year revenue, 2023 and 2024. */
export const awsRevenue = { figures: FIGURES, build: buildAwsRevenue };

function buildAwsRevenue(ds: Dataset, view: View): ChartDraft {
  const rows = FIGURES.map((id) => {
    const f = getFigure(ds, id);
    return row(ds, { figure: f, label: f.period.label, sublabel: 'Reported · full-year AWS sales' }, view, id);
  });
  return {
    title: 'AWS revenue, 2023 → 2024',
    subtitle: 'Amazon Web Services full-year sales, US dollars.',
    rows,
    legend: [{ mark: 'bar', label: 'Reported' }],
    notes: [],
  };
}
