import type { ReactNode } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { ChartQuotes } from '@/components/charts/ChartQuotes';
import { bakedChartBody } from '@/lib/generated';
import { chartBlock, chartSpec } from '@/lib/charts/page-charts';
import type { ChartId } from '@/lib/charts/registry';
import type { PrimarySlug } from '@/lib/dataset/slugs';
import { URL_PARAMS } from '@/lib/url/params';
import { highlightsOf } from '@/lib/charts/variants';

interface ChartBlockProps {
  id: ChartId;
  /** A company the page highlights for good (a company page); null where the URL chooses. */
  highlight?: PrimarySlug | null;
  /** The URL may highlight any company (the overview): every highlight's actions are rendered, as templates. */
  switchesHighlight?: boolean;
  headingLevel?: 1 | 2 | 3;
  /** More controls under the switches (the overview's company filter and highlight). */
  toolbar?: ReactNode;
  /** Figures the page prints in full elsewhere: their quotes are left out of the chart's printed quotes (ChartQuotes). */
  printedElsewhere?: readonly string[];
  /** Under the chart: Embed, Download, Copy image and Cite (all), Cite only (the embed page), or nothing. */
  actions?: 'all' | 'cite' | 'none';
}

/**
 * A chart with its title, switches and one body per variant (a basis, or the
 * chart's only view). The bodies are baked once (components/baked/ChartVariantBody.tsx)
 * and inlined. The variant and Chart/Table switches are radio groups styled by
 * CSS (:has), so they work before any JavaScript has run; the page script only
 * switches between what is rendered here (browser/apply-view.ts). The block's
 * id is the chart's id, so /companies/amazon#aws-revenue opens at it.
 */
export function ChartBlock({ id, highlight = null, switchesHighlight = false, headingLevel = 2, toolbar, actions = 'all', printedElsewhere = [] }: ChartBlockProps) {
  const { variants, variantLegend } = chartBlock(id, highlight);
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1]!;
  const first = variants[0]!;
  // Where the URL picks the highlight, the heading names the highlighted view ("Meta among…"), as its exports and citation do.
  const titles = switchesHighlight
    ? Object.fromEntries(highlightsOf(id).map((h) => [h ?? '', chartSpec(id, { basis: first.spec.options.basis, highlight: h }).title]))
    : null;
  const view = URL_PARAMS.view;
  return (
    <section className="chart-block" id={id} data-chart={id} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="text-xl font-semibold tracking-tight sm:text-2xl" data-titles={titles && new Set(Object.values(titles)).size > 1 ? JSON.stringify(titles) : undefined}>
        {first.spec.title}
      </Heading>
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        {variants.length > 1 && (
          <fieldset className="segmented" data-control="variant" data-param="basis">
            <legend className="mr-2 text-sm text-muted">{variantLegend}</legend>
            {variants.map((v, i) => (
              <label key={v.value}>
                <input type="radio" name={`${id}-basis`} value={v.value} data-index={i} defaultChecked={i === 0} />
                <span>{v.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="segmented" data-control="view" data-param="view">
          <legend className="sr-only">{view.label}</legend>
          {view.values.map((value) => (
            <label key={value}>
              <input type="radio" name={`${id}-view`} value={value} defaultChecked={value === view.default} />
              <span>{view.valueLabels[value]}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {toolbar}
      {variants.map((v, i) => (
        // The body is baked once to static HTML: the same markup as the fragments the overview swaps in.
        <div
          key={v.value}
          className="chart-variant mt-3"
          data-index={i}
          data-variant={v.value}
          data-options={JSON.stringify(v.spec.options)}
          data-chart-key={v.spec.key}
          dangerouslySetInnerHTML={{ __html: bakedChartBody(v.spec.key) }}
        />
      ))}
      {actions !== 'none' &&
        variants.map((v, i) => (
          <div key={v.value} className="chart-variant-actions mt-3" data-index={i} data-variant={v.value}>
            <ChartQuotes spec={v.spec} printedElsewhere={printedElsewhere} />
            <div data-actions-slot>
              <ChartActions spec={v.spec} blockId={id} citeOnly={actions === 'cite'} />
            </div>
            {switchesHighlight &&
              highlightsOf(id)
                .filter((h) => h !== highlight)
                .map((h) => (
                  <template key={h ?? ''} data-highlight={h ?? ''}>
                    <ChartActions spec={chartSpec(id, { basis: v.spec.options.basis, highlight: h })} blockId={id} citeOnly={actions === 'cite'} />
                  </template>
                ))}
          </div>
        ))}
    </section>
  );
}
