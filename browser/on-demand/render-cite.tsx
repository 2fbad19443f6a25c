/**
 * On demand: the Cite of a view drawn in the browser, rendered when a reader first opens it, by the same
 * Citation.js rendering the build uses (lib/citations/cite-chart.ts) and the same component.
 */
import { fillAccessDates } from '@/browser/access-dates';
import { CiteAction } from '@/components/citations/CiteAction';
import type { ActionsMode } from '@/components/view/ChartActions';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { citeChart } from '@/lib/citations/cite-chart';
import { formatDate } from '@/lib/dataset/labels';
import { readData } from '@/lib/markup-contract';
import type { View } from '@/lib/url/view';
import { browserHost } from '@/renderer/hosts/browser';
import { renderMarkup } from '@/renderer/render-react';
import { viewOfActions } from './actions';
import { checkedView, dataset } from './dataset';

/** The view's Cite, as markup: a <details> that replaces the pending one with the id prefix `id`. */
export function renderCite(view: View, id: string, mode: ActionsMode): string {
  const spec = buildChartSpec(dataset, checkedView(view));
  return renderMarkup(
    browserHost.dom,
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
  const { view, mode } = viewOfActions(details);
  const template = document.createElement('template');
  template.innerHTML = renderCite(view, readData(details, 'citePending') ?? 'cite', mode);
  const rendered = template.content.firstElementChild;
  if (!(rendered instanceof HTMLDetailsElement)) return;
  fillAccessDates(rendered);
  rendered.open = details.open;
  if (details.isConnected) details.replaceWith(rendered);
}
