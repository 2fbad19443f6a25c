import type { ChartSpec, ChartValue } from '@/lib/charts/model/types';
import { formatDate } from '@/lib/dataset/labels';
import { data } from '@/lib/markup-contract';

/**
 * On paper only: the quote behind each number the chart draws, which the
 * screen shows in the card a bar opens (fetched on demand, so never printed).
 * Figures the page prints in full elsewhere (a company page's own figures)
 * are left out; on the overview, the page script hides the companies a
 * filtered view leaves out (browser/show-view.ts). One line each: label, value, period, the first quote that
 * states it (or the formula of a derived value) and its source's address.
 */
export function ChartQuotes({
  spec,
  printedElsewhere = [],
}: {
  spec: ChartSpec;
  printedElsewhere?: readonly string[];
}) {
  const values: (ChartValue & { name: string })[] = spec.rows.flatMap((r) => [
    { ...r, name: r.label },
    ...r.markers.map((m) => ({ ...m, name: `${r.label}, ${m.name}` })),
  ]);
  // A figure drawn twice under one name (a plan that was also its first plan) is quoted once.
  const shown = [
    ...new Map(
      values.filter((v) => !printedElsewhere.includes(v.figureId)).map((v) => [`${v.figureId}-${v.name}`, v]),
    ).values(),
  ];
  if (shown.length === 0) return null;
  return (
    <div className="print-only chart-quotes mt-2" {...data({ chartQuotes: true })}>
      <p className="font-medium">Where each number comes from</p>
      <ul>
        {shown.map((v) => {
          const c = v.citations.find((x) => x.role === 'states-value') ?? v.citations[0];
          return (
            <li key={`${v.figureId}-${v.name}`} {...data({ figureId: v.figureId, quoteEntity: v.entity })}>
              <strong>
                {v.name}: {v.valueLabel}
              </strong>{' '}
              ({v.period}).{' '}
              {c ? (
                <>
                  {c.quote ? `“${c.quote}” ` : 'Reported by '}
                  {c.publisher}
                  {c.published ? `, ${formatDate(c.published)}` : ''}
                  {c.quote ? '' : ` (stated: ${v.stated})`}
                  {c.url ? <span className="print-url"> {c.url}</span> : null}
                </>
              ) : (
                v.formula
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
