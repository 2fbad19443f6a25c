/**
 * On demand: the Cite of a view drawn in the browser, rendered when a reader
 * first opens it, by the same Citation.js rendering the build uses
 * (lib/citations/cite-chart.ts) and the same component.
 */
import type { ActionsMode } from '@/components/view/ChartActions';
import { CiteAction } from '@/components/citations/CiteAction';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { citeChart } from '@/lib/citations/cite-chart';
import { formatDate } from '@/lib/dataset/labels';
import { fillAccessDates } from '@/browser/access-dates';
import { readData } from '@/lib/markup-contract';
import { renderMarkup } from '@/renderer/markup';
import { viewOfActions } from './actions';
import { checkedView, dataset } from './dataset';
import { browserDom } from './dom';

/** The view's Cite, as markup: a <details> that replaces the pending one with the id prefix `id`. */
export function renderCite(chart: string, options: Record<string, unknown>, id: string, mode: ActionsMode): string {
  const view = checkedView(chart, options);
  const spec = buildChartSpec(dataset, view.id, view.options);
  return renderMarkup(
    browserDom,
    <CiteAction
      citation={citeChart(spec)}
      id={id}
      what="this chart"
      version={spec.version}
      asOf={formatDate(spec.asOf)}
      inline={mode === 'cite'}
    />,
  );
}

/** A pending Cite that was opened: its citation written, in place, still open. */
export function openCite(details: HTMLDetailsElement): void {
  const { chart, options, mode } = viewOfActions(details);
  const template = document.createElement('template');
  template.innerHTML = renderCite(chart, options, readData(details, 'citePending') ?? 'cite', mode);
  const rendered = template.content.firstElementChild as HTMLDetailsElement;
  fillAccessDates(rendered);
  rendered.open = details.open;
  if (details.isConnected) details.replaceWith(rendered);
}
