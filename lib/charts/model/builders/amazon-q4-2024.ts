import { getFigure } from '../../../dataset/query';
import { SHORT_METRIC_LABEL, formatDate } from '../../../dataset/labels';
import type { Dataset } from '../../../dataset/schema';
import { publishersOf, row, valueOf } from '../draft';
import type { View } from '../../../url/view';
import type { ChartDraft } from '../types';

const ROWS = [
  'amazon-net-sales-q4-2024',
  'aws-revenue-q4-2024',
  'amazon-capex-q4-2024',
  'amazon-operating-income-q4-2024',
  'amazon-profit-q4-2024',
  'aws-profit-q4-2024',
] as const;

/** Amazon's fourth quarter of 2024, as the sources report it. */
export const amazonQ4 = { figures: [...ROWS, 'aws-revenue-q4-2024-rounded'] as const, build: buildAmazonQ4 };

function buildAmazonQ4(ds: Dataset, view: View): ChartDraft {
  const ids = ROWS;
  const rows = ids.map((id) => {
    const f = getFigure(ds, id);
    const name = SHORT_METRIC_LABEL[f.metric];
    const label = f.segment ? `${f.segment} ${name.toLowerCase()}` : name;
    const sublabel = f.metric === 'profit' ? 'Reported as “profit”; measure not stated' : 'Reported · Q4 2024';
    return row(ds, { figure: f, label, sublabel }, view, id);
  });
  return {
    title: 'Amazon’s fourth quarter of 2024',
    subtitle: `Quarter to ${formatDate(getFigure(ds, ids[0]).period.end ?? '')}, US dollars, as the sources report it.`,
    rows,
    legend: [{ mark: 'bar', label: 'Reported' }],
    notes: [
      `“Profit” is the word the source uses; it does not say which measure. AWS revenue is ${['aws-revenue-q4-2024', 'aws-revenue-q4-2024-rounded'].map((id) => `${valueOf(ds, getFigure(ds, id)).valueLabel} in ${publishersOf(ds, id)}`).join(' and ')}; the chart uses the first.`,
    ],
  };
}
