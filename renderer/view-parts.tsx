/**
 * One view of a chart as a page shows it: its title, its body (subtitle,
 * legend, the chart at two sizes, table, notes, source line) and its actions.
 * The build renders the parts of every baked view (scripts/bake.tsx): pages
 * inline their default views' parts, and each baked view's are published
 * (/charts/<view>/view.json) for a page that switches to it. The reader's
 * browser renders a view the build did not (browser/on-demand/render-view.ts). Same
 * components, same function.
 */
import { ChartQuotes } from '@/components/view/ChartQuotes';
import { ChartActions, type ActionsMode } from '@/components/view/ChartActions';
import { ChartBody } from '@/components/view/ChartBody';
import { LAYOUTS } from '@/lib/charts/geometry/layout';
import type { ChartSpec } from '@/lib/charts/model/types';
import type { RenderedCitation } from '@/lib/citations/rendered-citation';
import { renderChartSvg } from './chart-svg';
import type { RenderDom } from './host';
import { renderMarkup } from './render-react';

export interface ViewParts {
  key: string;
  title: string;
  /** components/view/ChartBody.tsx, as markup. */
  body: string;
  /** components/view/ChartActions.tsx, as markup, by mode. */
  actions: Partial<Record<ActionsMode, string>>;
  /** components/view/ChartQuotes.tsx, as markup: on paper, where each number comes from. */
  quotes: string;
}

/** The view's body, its chart drawn at the page's two sizes. */
export function renderViewBody(dom: RenderDom, spec: ChartSpec): string {
  const svgs = { wide: renderChartSvg(dom, spec, LAYOUTS.wide), narrow: renderChartSvg(dom, spec, LAYOUTS.narrow) };
  return renderMarkup(dom, <ChartBody spec={spec} svgs={svgs} />);
}

export interface ActionsOptions {
  blockId: string;
  mode: ActionsMode;
  citation: RenderedCitation | null;
  baked: boolean;
}

export function renderViewActions(dom: RenderDom, spec: ChartSpec, options: ActionsOptions): string {
  return renderMarkup(dom, <ChartActions spec={spec} {...options} />);
}

/** A view's title, body and the actions of each mode asked for. */
export function renderViewParts(
  dom: RenderDom,
  spec: ChartSpec,
  options: Omit<ActionsOptions, 'mode'> & { modes: readonly ActionsMode[] },
): ViewParts {
  const actions: ViewParts['actions'] = {};
  for (const mode of options.modes) actions[mode] = renderViewActions(dom, spec, { ...options, mode });
  return {
    key: spec.key,
    title: spec.title,
    body: renderViewBody(dom, spec),
    actions,
    quotes: renderMarkup(dom, <ChartQuotes spec={spec} />),
  };
}
