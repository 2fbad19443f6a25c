/**
 * Every view the build draws, drawn from the frozen dataset and held to a
 * file snapshot (renderer/__snapshots__/, as Observable Plot keeps its test
 * output): the page's chart at both sizes and the slide, light. A change to a
 * builder, a component or the renderer shows here as a diff of SVG; an
 * intended one is accepted with `npx vitest run -u` and reviewed in the diff.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '@/lib/charts/geometry/layout';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { bakedViews } from '@/lib/charts/model/baked-views';
import { viewKey } from '@/lib/charts/model/keys';
import { frozenDataset } from '@/lib/dataset/testing/frozen';
import { nodeExportKit } from '@/renderer/hosts/node';
import { renderChartSvg } from './chart-svg';
import { exportChartMarkup, framedSpec, themedSvg } from './export-svg';

const kit = await nodeExportKit();

describe('every baked view, drawn from the frozen dataset', () => {
  for (const view of bakedViews(frozenDataset())) {
    const key = viewKey(view);
    it(`${key} is drawn as before, on the page at both sizes and on a slide`, async () => {
      const spec = buildChartSpec(frozenDataset(), view);
      for (const layout of [LAYOUTS.wide, LAYOUTS.narrow]) {
        await expect(renderChartSvg(kit.dom, spec, layout)).toMatchFileSnapshot(
          `__snapshots__/${key}--${layout.name}.svg`,
        );
      }
      // The slide as the build makes it: fitted to the frame, where its rows would not all be legible.
      const slide = framedSpec(kit, frozenDataset(), spec, 'slide');
      await expect(themedSvg(kit.tokens, exportChartMarkup(kit, slide, 'slide'), 'light')).toMatchFileSnapshot(
        `__snapshots__/${key}--slide-light.svg`,
      );
    });
  }
});
