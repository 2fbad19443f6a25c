/**
 * On demand: a view of a chart the build did not draw (a subset of the companies), drawn in the reader's
 * browser by the renderer the build uses (renderer/view-parts.tsx), in the page's own document. Loaded by the
 * page script the first time a reader asks for such a view (browser/load-on-demand.ts).
 */
import type { ActionsMode } from '@/components/view/ChartActions';
import { isBakedView } from '@/lib/charts/model/keys';
import { buildChartSpec } from '@/lib/charts/model/spec';
import type { View } from '@/lib/url/view';
import { browserHost } from '@/renderer/hosts/browser';
import { type ViewParts, renderViewParts } from '@/renderer/view-parts';
import { checkedView, dataset } from './dataset';

export function renderView(view: View, mode: ActionsMode): ViewParts {
  const checked = checkedView(view);
  const spec = buildChartSpec(dataset, checked);
  // Its citation is rendered when its Cite is first opened (./render-cite.tsx): Citation.js is as large as the rest.
  return renderViewParts(browserHost.dom, spec, {
    blockId: checked.chart,
    citation: null,
    baked: isBakedView(checked),
    modes: [mode],
  });
}
