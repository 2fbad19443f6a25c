import type { ReactNode } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { bakedChartBody } from '@/lib/charts/baked';
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
  headingLevel?: 1 | 2 | 3;
  /** More controls under the switches (the overview's company filter and highlight). */
  toolbar?: ReactNode;
  /** Embed, Download and Copy image under the chart (not on the embed page itself). */
  actions?: boolean;
}

/**
 * A chart with its title, switches and one body per variant (ChartVariantBody).
 * The variant and Chart/Table switches are radio groups styled by CSS (:has),
 * so they work before any JavaScript has run.
 */
export function ChartBlock({ blockId, variants, variantLegend, headingLevel = 2, toolbar, actions = true }: ChartBlockProps) {
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1]!;
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
      {toolbar}
      {variants.map((v, i) => (
        // The body (ChartVariantBody) is baked once to static HTML: the same markup as the fragments the overview swaps in.
        <div
          key={v.value}
          className="chart-variant mt-3"
          data-index={i}
          data-variant={v.value}
          data-chart-key={v.spec.key}
          dangerouslySetInnerHTML={{ __html: bakedChartBody(v.spec.key) }}
        />
      ))}
      {actions && variants.map((v, i) => (
        <div key={v.value} className="chart-variant-actions mt-3" data-index={i} data-variant={v.value}>
          <ChartActions spec={v.spec} blockId={blockId} />
        </div>
      ))}
    </section>
  );
}
