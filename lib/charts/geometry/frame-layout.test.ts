import { describe, expect, it } from 'vitest';
import { frozenDataset } from '../../dataset/testing/frozen';
import { bakedViews } from '../model/baked-views';
import { type FrameLayout, type Measure, FRAMES, TYPE_SCALE_PT, layoutFrame, typeSizes, wrap } from './frame-layout';
import { fitToFrame } from './fit';
import { buildChartSpec } from '../model/spec';
import { viewFor } from '../model/registry';
import { formatDate } from '../../dataset/labels';

const ds = frozenDataset();
/** Arial's average advance is about half an em; bold a little wider. */
const measure: Measure = (text, size, weight) => text.length * size * (weight === 700 ? 0.56 : 0.52);
const footer = { siteName: 'AI Capex 2025', permalink: 'https://capex.example.org/?highlight=meta' };
// Each view as its slide draws it: a view too tall for the frame is cut to whole companies (fit.ts).
const slides = bakedViews(ds).map((c) =>
  layoutFrame(fitToFrame(ds, buildChartSpec(ds, c), 'slide', measure, footer), 'slide', measure, footer),
);

/** Every text size a frame uses, by what it is. */
function textSizes(f: FrameLayout): Record<string, number> {
  const l = f.chart.layout;
  return {
    title: f.title.size,
    subtitle: f.subtitle.size,
    legend: f.legend.size,
    label: l.labelSize,
    sublabel: l.sublabelSize,
    value: l.valueSize,
    note: l.noteSize,
    tick: l.tickSize,
    source: f.source.size,
    footer: f.footer.size,
  };
}

describe('the slide layout', () => {
  it('keeps every text at 12 pt or more on a 13.33-inch slide (24 px at 1920 wide)', () => {
    const pxPerPt = FRAMES.slide.width / 960;
    for (const f of slides)
      for (const [role, px] of Object.entries(textSizes(f))) expect(px / pxPerPt, `${role}`).toBeGreaterThanOrEqual(12);
  });

  it('sets company names and values at 18 pt or more, and the title at 28 pt or more', () => {
    for (const f of slides) {
      expect(f.chart.layout.labelSize).toBeGreaterThanOrEqual(36);
      expect(f.chart.layout.valueSize).toBeGreaterThanOrEqual(36);
      expect(f.title.size).toBeGreaterThanOrEqual(56);
    }
  });

  it('takes every size from one type scale, as round numbers', () => {
    const scale = Object.values(typeSizes('slide'));
    for (const f of slides) {
      for (const px of Object.values(textSizes(f))) {
        expect(scale).toContain(px);
        expect(Number.isInteger(px)).toBe(true);
      }
    }
    expect(typeSizes('slide').title).toBe(TYPE_SCALE_PT.title * 2);
  });

  it('gives the rows the slide’s height, however few they are', () => {
    for (const f of slides) {
      const l = f.chart.layout;
      const rows = Math.round((f.chart.height - l.margin.top - l.margin.bottom) / l.rowHeight);
      // The rows and the axis fill the box between legend and source line, to within a pixel per row.
      expect(l.margin.bottom).toBeLessThan(rows + 1);
      expect(f.chart.y + f.chart.height).toBeGreaterThan(f.source.y - f.source.size * 2.5);
    }
    const aws = slides.find((f) => f.title.lines.join(' ').startsWith('AWS revenue'))!;
    const overview = slides[0]!;
    expect(aws.chart.layout.rowHeight).toBeGreaterThan(overview.chart.layout.rowHeight * 2);
    expect(aws.chart.layout.barSize).toBeGreaterThan(overview.chart.layout.barSize);
  });

  it('puts the row labels in their own column, clear of the axis at the bars’ start', () => {
    for (const f of slides) {
      const l = f.chart.layout;
      expect(l.labels).toBe('left');
      for (const [key, lines] of Object.entries(l.sublabelLines!)) {
        for (const line of lines) expect(measure(line, l.sublabelSize, 400), key).toBeLessThan(l.margin.left);
      }
    }
  });

  it('prints the dataset’s date and the view’s permalink in the footer, the scheme left out', () => {
    // The first baked view is the overview's default: the newest data.
    expect(slides[0]!.footer.right).toBe(
      `Data as of ${formatDate(ds.meta.asOf)}, v${ds.meta.version} · capex.example.org/?highlight=meta`,
    );
    const home = layoutFrame(buildChartSpec(ds, viewFor(ds, 'capex')), 'slide', measure, {
      ...footer,
      permalink: 'https://capex.example.org/',
    });
    expect(home.footer.right).toBe(`Data as of ${formatDate(ds.meta.asOf)}, v${ds.meta.version} · capex.example.org`);
  });

  it('refuses, naming the chart, to shrink a chart that cannot fit', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'amazon-q4-2024'));
    const tall = { ...spec, rows: [...spec.rows, ...spec.rows, ...spec.rows] };
    expect(() => layoutFrame(tall, 'slide', measure, footer)).toThrow(
      /Chart "amazon-q4-2024" does not fit a slide \(1920×1080\): its 18 rows need/,
    );
  });
});

describe('wrapping', () => {
  it('breaks at words, and ends a cut line with an ellipsis', () => {
    expect(wrap('one two three four', 10, 400, 50, 3, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one two three four', 10, 400, 50, 2, measure)).toEqual(['one two', 'three…']);
  });
});
