import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '@/lib/charts/geometry/layout';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { viewFor } from '@/lib/charts/model/registry';
import { frozenDataset } from '@/lib/dataset/testing/frozen';
import { frozenYear } from '@/lib/dataset/testing/test-datasets';
import { nodeDom } from '@/renderer/hosts/node';
import { renderChartSvg, roundNumbers } from './chart-svg';

const dom = await nodeDom();
const spec = buildChartSpec(
  frozenDataset(),
  viewFor(frozenDataset(), 'capex', { highlight: 'meta', year: frozenYear }),
);

describe('a chart drawn by Recharts and tidied', () => {
  const svg = renderChartSvg(dom, spec, LAYOUTS.wide);

  it('comes out the same every time it is drawn, ids included', () => {
    // Recharts numbers its ids by how many charts the process drew before; the tidied SVG does not.
    renderChartSvg(dom, buildChartSpec(frozenDataset(), viewFor(frozenDataset(), 'aws-revenue')), LAYOUTS.narrow);
    expect(renderChartSvg(dom, spec, LAYOUTS.wide)).toBe(svg);
  });

  it('names its ids after the view and size, and every reference follows them', () => {
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(new RegExp(`^capex-${frozenYear}--per-year--highlight-meta-wide-\\d+$`));
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });

  it('keeps none of what Recharts adds for itself: focus layers, copied props, em offsets, float noise', () => {
    expect(svg).not.toMatch(/tabindex="-1"|\sstyle=|orientation=|\sangle=|\d(?:em)"|\d\.\d{3,}/);
    expect(svg).not.toMatch(/<line\b[^>]*\s(?:width|height)=/);
  });

  it('has one focusable row per bar, dimming every company but the highlighted one', () => {
    const rows = [...svg.matchAll(/<g class="chart-row-group" data-entity="([a-z]+)"( data-dimmed="true")?>/g)].map(
      (m) => [m[1], !!m[2]],
    );
    expect(rows).toEqual(spec.rows.map((r) => [r.entity, r.entity !== 'meta']));
    expect(svg.match(/role="button" tabindex="0"/g)).toHaveLength(spec.rows.length);
  });

  it('rounds attribute numbers to two decimals', () => {
    expect(roundNumbers('M 14.399999999999999 3.125,-0.5 2.001')).toBe('M 14.4 3.13,-0.5 2');
  });
});

describe('the page sizes', () => {
  // Vertical extent of a text: its baseline less the font's ascent, to its baseline plus its descent.
  const textBox = (t: Element) => {
    const y = Number(t.getAttribute('y'));
    const size = Number(t.getAttribute('font-size'));
    return { top: y - size * 0.8, bottom: y + size * 0.25 };
  };
  // Amazon's row has markers and a note line: the tallest row there is.
  const amazon = buildChartSpec(frozenDataset(), viewFor(frozenDataset(), 'capex'));

  for (const layout of [LAYOUTS.wide, LAYOUTS.narrow]) {
    it(`give every row, ${layout.name}, room for its label line above its bar and its note line below, without reaching the next row`, () => {
      const holder = dom.document.createElement('div');
      holder.innerHTML = renderChartSvg(dom, amazon, layout);
      const rows = [...holder.querySelectorAll('g.chart-row-group')];
      expect(rows).toHaveLength(amazon.rows.length);
      const extents = rows.map((row) => {
        const texts = [...row.querySelectorAll('.chart-row-text text')];
        const label = textBox(texts[0]!);
        const note = texts.length > 2 ? textBox(texts.at(-1)!) : null;
        const marks = [...row.querySelectorAll('.chart-row rect:not(.chart-row-focus)')].map((r) => ({
          top: Number(r.getAttribute('y')),
          bottom: Number(r.getAttribute('y')) + Number(r.getAttribute('height')),
        }));
        const bar = { top: Math.min(...marks.map((m) => m.top)), bottom: Math.max(...marks.map((m) => m.bottom)) };
        return { label, bar, note };
      });
      expect(extents.some((e) => e.note)).toBe(true);
      extents.forEach(({ label, bar, note }, i) => {
        expect(label.bottom, `row ${i}: label above its bar`).toBeLessThanOrEqual(bar.top);
        if (note) expect(bar.bottom, `row ${i}: note below its bar`).toBeLessThanOrEqual(note.top);
        const next = extents[i + 1];
        if (next) expect((note ?? bar).bottom, `row ${i}: clear of the next row`).toBeLessThanOrEqual(next.label.top);
      });
    });
  }
});
