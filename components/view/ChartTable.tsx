import { KIND_LABEL } from '@/lib/dataset/labels';
import type { ChartSpec } from '@/lib/charts/model/types';
import { data } from '@/lib/markup-contract';
import { formatUsdPlain } from '@/lib/money/format';

/** The chart's numbers as a table: every row and marker, in plain dollars, with its sources — all read from the spec. */
export function ChartTable({ spec }: { spec: ChartSpec }) {
  const lines = spec.rows.flatMap((row) => [
    { ...row, detail: row.sublabel, sub: false },
    ...row.markers.map((m) => ({
      ...m,
      key: `${row.key}-${m.figureId}`,
      entity: row.entity,
      label: row.label,
      detail: m.name,
      sub: true,
    })),
  ]);
  return (
    <div className="overflow-x-auto">
      <table className="chart-table w-full min-w-[34rem] border-collapse text-sm">
        <caption className="sr-only">{spec.title}: the numbers behind the chart</caption>
        <thead>
          <tr className="border-b border-line text-left text-xs text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              Figure
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Value
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Low (USD)
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              High (USD)
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Kind
            </th>
            <th scope="col" className="py-2 font-medium">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const publishers = [
              ...new Map(l.citations.map((c) => [c.sourceId, { id: c.sourceId, publisher: c.publisher }])).values(),
            ];
            return (
              <tr
                key={l.key}
                className="border-b border-line align-top"
                data-figure-id={l.figureId}
                data-line={l.sub ? 'marker' : 'row'}
                {...data({ entity: l.entity })}
              >
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className={l.sub ? 'text-muted' : 'font-medium'}>
                    {l.sub ? '↳ ' : ''}
                    {l.label}
                  </span>
                  <span className="block text-xs text-muted">{l.detail}</span>
                </th>
                <td className="num py-2 pr-3 text-right font-medium" data-cell="value">
                  {l.valueLabel}
                </td>
                <td className="num py-2 pr-3 text-right text-muted">{formatUsdPlain(l.low)}</td>
                <td className="num py-2 pr-3 text-right text-muted">{formatUsdPlain(l.high)}</td>
                <td className="py-2 pr-3">{KIND_LABEL[l.kind]}</td>
                <td className="py-2">
                  {publishers.length === 0 ? (
                    <span className="text-muted">Computed from its inputs</span>
                  ) : (
                    publishers.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? ', ' : ''}
                        <a href={`/sources#${s.id}`}>{s.publisher}</a>
                      </span>
                    ))
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
