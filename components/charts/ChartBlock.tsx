import { ChartLegend } from '@/components/charts/ChartLegend';
import { ChartTable } from '@/components/charts/ChartTable';
import { bakedChartSvg } from '@/lib/charts/baked';
import type { ChartSpec } from '@/lib/charts/spec';

export interface ChartVariantView {
  /** The value of this variant's radio, e.g. "per-year". */
  value: string;
  label: string;
  spec: ChartSpec;
}

interface ChartBlockProps {
  /** Unique on the page: names the radio groups. */
  blockId: string;
  /** One variant, or several to switch between (the Stargate basis). */
  variants: readonly ChartVariantView[];
  /** What the variant switch is about, e.g. "Stargate". */
  variantLegend?: string;
  headingLevel?: 2 | 3;
}

/**
 * A chart with its title, subtitle, legend, the baked SVG (a wide and a narrow
 * size; CSS shows the one that fits), the same numbers as a table, notes and
 * the computed source line. The variant and Chart/Table switches are radio
 * groups styled by CSS (:has), so they work before any JavaScript has run.
 */
export function ChartBlock({ blockId, variants, variantLegend, headingLevel = 2 }: ChartBlockProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const first = variants[0]!;
  return (
    <section className="chart-block" id={blockId} data-chart={first.spec.id} aria-labelledby={`${blockId}-title`}>
      <Heading id={`${blockId}-title`} className="text-xl font-semibold tracking-tight sm:text-2xl">
        {first.spec.title}
      </Heading>
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        {variants.length > 1 && (
          <fieldset className="segmented" data-control="variant">
            <legend className="mr-2 text-sm text-muted">{variantLegend}</legend>
            {variants.map((v, i) => (
              <label key={v.value}>
                <input type="radio" name={`${blockId}-variant`} value={v.value} data-index={i} defaultChecked={i === 0} />
                <span>{v.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="segmented" data-control="view">
          <legend className="sr-only">Show as</legend>
          <label>
            <input type="radio" name={`${blockId}-view`} value="chart" defaultChecked />
            <span>Chart</span>
          </label>
          <label>
            <input type="radio" name={`${blockId}-view`} value="table" />
            <span>Table</span>
          </label>
        </fieldset>
      </div>
      {variants.map((v, i) => (
        <div key={v.value} className="chart-variant mt-3" data-index={i} data-variant={v.value} data-chart-key={v.spec.key}>
          <p className="chart-subtitle text-sm text-muted">{v.spec.subtitle}</p>
          <div className="chart-legend mt-3">
            <ChartLegend items={v.spec.legend} />
          </div>
          <div className="chart-canvas mt-2">
            <div className="chart-svg chart-svg--wide" dangerouslySetInnerHTML={{ __html: bakedChartSvg(v.spec.key, 'wide') }} />
            <div className="chart-svg chart-svg--narrow" dangerouslySetInnerHTML={{ __html: bakedChartSvg(v.spec.key, 'narrow') }} />
          </div>
          <div className="chart-table-view mt-3">
            <ChartTable spec={v.spec} />
          </div>
          {v.spec.notes.length > 0 && (
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-muted">
              {v.spec.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <p className="chart-source mt-3 text-xs text-muted">{v.spec.sourceLine}</p>
        </div>
      ))}
    </section>
  );
}
