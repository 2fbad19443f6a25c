/**
 * On demand: a view of a chart the build did not draw (a subset of the
 * companies), drawn in the reader's browser by the renderer the build uses
 * (renderer/view-parts.tsx), in the page's own document. Loaded by the page
 * script the first time a reader asks for such a view (browser/on-demand.ts).
 */
import type { ActionsMode } from '@/components/view/ChartActions';
import { isBakedView } from '@/lib/charts/model/keys';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { type ViewParts, renderViewParts } from '@/renderer/view-parts';
import { checkedView, dataset } from './dataset';
import { browserDom } from './dom';

export function renderView(chart: string, options: Record<string, unknown>, mode: ActionsMode): ViewParts {
  const view = checkedView(chart, options);
  const spec = buildChartSpec(dataset, view.id, view.options);
  // Its citation is rendered when its Cite is first opened (browser/on-demand/cite.ts): Citation.js is as large as the rest.
  return renderViewParts(browserDom, spec, {
    blockId: view.id,
    citation: null,
    baked: isBakedView(view.options),
    modes: [mode],
  });
}
