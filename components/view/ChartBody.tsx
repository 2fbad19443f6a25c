import type { CSSProperties } from 'react';
import { ChartLegend } from '@/components/view/ChartLegend';
import { ChartTable } from '@/components/view/ChartTable';
import { DIMMED_OPACITY } from '@/lib/charts/model/dimming';
import type { ChartSpec } from '@/lib/charts/model/types';

/**
 * Everything one view of a chart shows: subtitle, legend, the chart at two
 * sizes (CSS shows the one that fits; drawn beforehand by
 * renderer/chart-svg.tsx, passed in as markup), the same numbers as a table,
 * notes and the computed source line. Rendered by the renderer
 * (renderer/view-parts.tsx), at build for the views pages show and in the
 * reader's browser for a view drawn on demand.
 */
export function ChartBody({ spec, svgs }: { spec: ChartSpec; svgs: { wide: string; narrow: string } }) {
  return (
    <>
      <p className="chart-subtitle text-sm text-muted">{spec.subtitle}</p>
      <div className="chart-legend mt-3">
        <ChartLegend items={spec.legend} />
      </div>
      <div className="chart-canvas mt-2" style={{ '--dimmed-opacity': DIMMED_OPACITY } as CSSProperties}>
        <div className="chart-svg chart-svg--wide" dangerouslySetInnerHTML={{ __html: svgs.wide }} />
        <div className="chart-svg chart-svg--narrow" dangerouslySetInnerHTML={{ __html: svgs.narrow }} />
      </div>
      <div className="chart-table-view mt-3">
        <ChartTable spec={spec} />
      </div>
      {spec.notes.length > 0 && (
        <ul className="chart-notes mt-3 list-disc space-y-1 pl-5 text-sm text-muted">
          {spec.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="chart-source mt-3 text-xs text-muted">{spec.sourceLine}</p>
    </>
  );
}
