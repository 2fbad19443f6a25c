/**
 * Twenty companies in a fixed frame: a slide holds what it can at the slide type scale, and a link preview,
 * which cannot hold every row legibly, draws the largest (and the highlighted one) and says what it leaves
 * out and where the rest is, rather than shrinking or overlapping text. Measured with the export font.
 */
import { describe, expect, it } from 'vitest';
import { type FrameLayout, layoutFrame, typeSizes } from '@/lib/charts/geometry/frame-layout';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { viewFor } from '@/lib/charts/model/registry';
import { syntheticDataset } from '@/lib/dataset/testing/synthetic';
import { nodeExportKit } from '@/renderer/hosts/node';
import { framedSpec, frameFooter } from './export-svg';

const kit = await nodeExportKit();

function sizes(f: FrameLayout): number[] {
  const l = f.chart.layout;
  return [
    f.title.size,
    f.subtitle.size,
    f.legend.size,
    l.labelSize,
    l.sublabelSize,
    l.valueSize,
    l.noteSize,
    l.tickSize,
    f.source.size,
    f.footer.size,
  ];
}

for (const companies of [5, 12, 20]) {
  describe(`${companies} companies`, () => {
    const ds = syntheticDataset({ companies, years: 2 }).dataset;
    for (const frame of ['slide', 'preview'] as const) {
      it(`fit a ${frame} at its type scale, every text as large as with five`, () => {
        const spec = buildChartSpec(ds, viewFor(ds, 'capex', { year: '2025' }));
        const framed = framedSpec(kit, ds, spec, frame);
        const layout = layoutFrame(framed, frame, kit.raster.measure, frameFooter(framed));
        const scale = Object.values(typeSizes(frame));
        for (const size of sizes(layout)) expect(scale).toContain(size);
        expect(layout.chart.layout.labelSize).toBe(typeSizes(frame).label);
        if (framed.rows.length < spec.rows.length) {
          const where = spec.permalink;
          expect(framed.leftOut).toBe(
            `Shown: the ${framed.rows.length} largest of ${spec.rows.length}; all ${spec.rows.length} at capex.example.org${where}.`,
          );
          const smallestShown = Math.min(...framed.rows.map((r) => r.high));
          const left = spec.rows.filter((r) => !framed.rows.some((s) => s.entity === r.entity));
          for (const r of left) expect(r.high, r.label).toBeLessThanOrEqual(smallestShown);
          expect(framed.notes.at(-1)).toContain(
            `Left out for legibility, largest first: ${left.sort((a, b) => b.high - a.high)[0]!.label}`,
          );
          expect(framed.key).toBe(spec.key);
          expect(framed.title).toBe(spec.title);
        } else {
          expect(framed.leftOut).toBeUndefined();
        }
      });
    }
  });
}

describe('a link preview of twenty companies', () => {
  const ds = syntheticDataset({ companies: 20, years: 1 }).dataset;

  it('leaves rows out, and says so', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'capex'));
    const framed = framedSpec(kit, ds, spec, 'preview');
    expect(framed.rows.length).toBeLessThan(20);
    expect(framed.leftOut).toMatch(/^Shown: the \d+ largest of 20; all 20 at /);
  });

  it('keeps the highlighted company, however small its plan', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'capex'));
    const smallest = [...spec.rows].sort((a, b) => a.high - b.high)[0]!.entity;
    const framed = framedSpec(kit, ds, buildChartSpec(ds, viewFor(ds, 'capex', { highlight: smallest })), 'preview');
    expect(framed.rows.map((r) => r.entity)).toContain(smallest);
    expect(framed.rows.find((r) => r.entity === smallest)!.dimmed).toBe(false);
  });
});

describe('a long company name on a slide', () => {
  it('wraps within the label column rather than running into the bars', () => {
    const ds = syntheticDataset({ companies: 20, years: 1 }).dataset;
    const longest = [...ds.entities].sort((a, b) => b.name.length - a.name.length)[0]!;
    const spec = framedSpec(
      kit,
      ds,
      buildChartSpec(ds, viewFor(ds, 'capex', { basis: 'total', highlight: longest.slug })),
      'slide',
    );
    const layout = layoutFrame(spec, 'slide', kit.raster.measure, frameFooter(spec)).chart.layout;
    const row = spec.rows.find((r) => r.entity === longest.slug)!;
    expect(layout.labelLines![row.key]!.length).toBe(2);
    for (const lines of Object.values(layout.labelLines!)) {
      for (const line of lines)
        expect(kit.raster.measure(line, layout.labelSize, 700), line).toBeLessThan(layout.margin.left);
    }
  });
});
