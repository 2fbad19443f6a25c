import type { ReactNode } from 'react';
import { ChartQuotes } from '@/components/view/ChartQuotes';
import { SwitchLegend } from '@/components/charts/SwitchLegend';
import type { ActionsMode } from '@/components/view/ChartActions';
import { chartBlock } from '@/lib/charts/blocks';
import { editionsFrom, firstDayOf } from '@/lib/charts/model/view-days';
import { CLASS, data } from '@/lib/markup-contract';
import { URL_PARAMS } from '@/lib/url/params';
import { type View, formatView } from '@/lib/url/view';
import { getDataset } from '@/server/data';
import { bakedViewParts } from '@/server/generated';
import type { PinnedRelease } from '@/server/releases';

interface ChartBlockProps {
  /**
   * The view the page opens with (lib/charts/model/page-charts.ts): a company page's highlights its company
   * in the year of its plan; the overview's and an embed's are the defaults its URL may change.
   */
  view: View;
  headingLevel?: 1 | 2 | 3;
  /** More controls under the switches (the overview's company filter and highlight). */
  toolbar?: ReactNode;
  /** Figures the page prints in full elsewhere: their quotes are left out of the chart's printed quotes (ChartQuotes). */
  printedElsewhere?: readonly string[];
  /** Under the chart: Embed, Download, Copy image and Cite ('all'), Cite only ('cite', the embed page), or nothing. */
  actions?: ActionsMode | 'none';
  /**
   * The editions a page as of a day may show in this block, the newest it had by then (a company page's plans:
   * the years of its plans); left out, the block keeps its own edition, or is driven by the page's controls.
   */
  asOfEditions?: readonly string[];
  /** A pinned embed's release: the block is drawn from its archive, as the bake drew it (scripts/bake.tsx). */
  pinned?: PinnedRelease;
}

const HEADINGS = { 1: 'h1', 2: 'h2', 3: 'h3' } as const;

/**
 * A chart with its title, switches and one view per basis (or the chart's only
 * view), each with its actions. The views are the page's default views, baked
 * (scripts/bake.tsx) and inlined here. The basis and Chart/Table switches are
 * radio groups styled by CSS (:has), so they work before and without any
 * JavaScript; the page script swaps in another view's parts when the URL asks
 * for one (browser/show-view.ts): fetched if the build drew it, drawn on
 * demand if not. The block's id is the chart's slug (its edition joined to its id), so
 * /companies/amazon#aws-revenue and /#capex-2025 open at it.
 */
export function ChartBlock({
  view: shown,
  headingLevel = 2,
  toolbar,
  actions = 'all',
  printedElsewhere = [],
  asOfEditions,
  pinned,
}: ChartBlockProps) {
  const ds = pinned?.dataset ?? getDataset();
  const { variants, variantLegend } = chartBlock(ds, shown);
  // A page as of a day before the view had anything to draw hides it, or shows an edition it had then.
  const firstDay = firstDayOf(ds, shown);
  const Heading = HEADINGS[headingLevel];
  const views = variants.map((v) => ({ ...v, parts: bakedViewParts(v.spec.key, pinned?.version) }));
  const id = variants[0]?.spec.slug ?? shown.chart;
  const view = URL_PARAMS.view;
  return (
    <section
      className={CLASS.chartBlock}
      id={id}
      {...data({
        chart: shown.chart,
        shownFrom: asOfEditions ? null : firstDay,
        editionsFrom: asOfEditions ? editionsFrom(ds, shown, asOfEditions) : null,
      })}
      aria-labelledby={`${id}-title`}
    >
      <Heading
        id={`${id}-title`}
        className="text-xl font-semibold tracking-tight sm:text-2xl"
        {...data({ viewTitle: true })}
      >
        {views[0]?.parts.title}
      </Heading>
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        {variants.length > 1 && variantLegend && (
          <fieldset className="segmented" data-param="basis" {...data({ control: 'variant' })}>
            <SwitchLegend>{variantLegend}</SwitchLegend>
            {variants.map((v, i) => (
              <label key={v.value}>
                <input type="radio" name={`${id}-basis`} value={v.value} data-index={i} defaultChecked={i === 0} />
                <span>{v.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="segmented" data-param="view" {...data({ control: 'view' })}>
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
      {views.map((v, i) => (
        <div
          key={v.value}
          className={`${CLASS.variant} mt-3`}
          data-index={i}
          {...data({ variant: v.value, viewKey: v.spec.key, view: formatView(v.spec.view) })}
          dangerouslySetInnerHTML={{ __html: v.parts.body }}
        />
      ))}
      {actions !== 'none' &&
        views.map((v, i) => (
          <div key={v.value} className={`${CLASS.variantActions} mt-3`} data-index={i} {...data({ variant: v.value })}>
            <ChartQuotes spec={v.spec} printedElsewhere={printedElsewhere} />
            <div className="contents" dangerouslySetInnerHTML={{ __html: v.parts.actions[actions] ?? '' }} />
          </div>
        ))}
    </section>
  );
}
