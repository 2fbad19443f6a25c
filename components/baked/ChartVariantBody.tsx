import type { CSSProperties } from 'react';
import { DIMMED_OPACITY } from '@/lib/charts/dimming';
import { ChartLegend } from '@/components/baked/ChartLegend';
import { ChartTable } from '@/components/baked/ChartTable';
import { bakedChartSvg } from '@/lib/generated';
import type { ChartSpec } from '@/lib/charts/spec';

/**
 * Everything one variant of a chart shows: subtitle, legend, the baked SVG (a
 * wide and a narrow size; CSS shows the one that fits), the same numbers as a
 * table, notes and the computed source line. Only the bake step renders it, to
 * static HTML: pages inline that HTML (lib/charts/baked.ts) and the browser
 * swaps in the same markup for a subset of companies.
 */
export function ChartVariantBody({ spec }: { spec: ChartSpec }) {
  return (
    <>
      <p className="chart-subtitle text-sm text-muted">{spec.subtitle}</p>
      <div className="chart-legend mt-3">
        <ChartLegend items={spec.legend} />
      </div>
      <div className="chart-canvas mt-2" style={{ '--dimmed-opacity': DIMMED_OPACITY } as CSSProperties}>
        <div className="chart-svg chart-svg--wide" dangerouslySetInnerHTML={{ __html: bakedChartSvg(spec.key, 'wide') }} />
        <div className="chart-svg chart-svg--narrow" dangerouslySetInnerHTML={{ __html: bakedChartSvg(spec.key, 'narrow') }} />
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
