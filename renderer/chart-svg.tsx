/**
 * A chart spec drawn as an SVG by components/view/BarChartSvg.tsx (Recharts),
 * then tidied by editing its DOM: what Recharts adds for its own interactivity
 * goes, numbers are rounded, em offsets become user units (office suites
 * ignore em in dy), and ids become the view's own, numbered in document order
 * so that every host names them alike.
 */
import { BarChartSvg } from '@/components/view/BarChartSvg';
import type { ChartLayout } from '@/lib/charts/geometry/layout';
import type { ChartSpec } from '@/lib/charts/model/types';
import { CLASS } from '@/lib/markup-contract';
import type { RenderDom } from './host';
import { renderInto } from './render-react';
import { serializeNode } from './serialize';

/** 14.399999999999999 → 14.4: float noise in an attribute value, rounded to two decimals. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/** Attributes Recharts copies from its props onto axis lines and texts, which mean nothing there. */
const STRAY = {
  line: ['x', 'y', 'width', 'height', 'angle', 'orientation', 'offset', 'name'],
  text: ['width', 'height', 'angle', 'orientation', 'offset'],
} as const;

/** Rounds every attribute value under `root`, and the root's own. */
export function roundAttributes(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const rounded = roundNumbers(attr.value);
      if (rounded !== attr.value) el.setAttribute(attr.name, rounded);
    }
  }
}

/** Gives every id under `root` the name `<prefix>-<n>`, in document order, and follows the references to it. */
function renameIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) {
    const next = `${prefix}-${renamed.size + 1}`;
    renamed.set(el.id, next);
    el.id = next;
  }
  if (renamed.size === 0) return;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
        renamed.has(id) ? `url(#${renamed.get(id)})` : whole,
      );
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/** The edits: nothing of Recharts' own focus handling, no stray props, no em units, rounded numbers, own ids. */
export function tidyChartSvg(svg: SVGSVGElement, idPrefix: string): void {
  svg.removeAttribute('style');
  // Recharts' z-index layers are groups with tabindex="-1": not focus targets.
  for (const el of Array.from(svg.querySelectorAll('[tabindex="-1"]'))) el.removeAttribute('tabindex');
  for (const [tag, names] of Object.entries(STRAY)) {
    for (const el of Array.from(svg.querySelectorAll(tag))) for (const name of names) el.removeAttribute(name);
  }
  for (const text of Array.from(svg.querySelectorAll('text[font-size]'))) {
    const size = Number(text.getAttribute('font-size'));
    for (const el of [text, ...Array.from(text.querySelectorAll('[dy]'))]) {
      const em = /^(-?[\d.]+)em$/.exec(el.getAttribute('dy') ?? '');
      if (em) el.setAttribute('dy', String(Math.round(Number(em[1]) * size * 100) / 100));
    }
  }
  roundAttributes(svg);
  renameIds(svg, idPrefix);
}

/** The chart's <svg>, drawn and tidied, in `document`; dispose() when done with it. */
export function drawChart(
  dom: RenderDom,
  spec: ChartSpec,
  layout: ChartLayout,
): { svg: SVGSVGElement; dispose: () => void } {
  const rendered = renderInto(dom, <BarChartSvg spec={spec} layout={layout} />);
  const svg = rendered.container.querySelector('svg');
  if (!svg) {
    rendered.dispose();
    throw new Error(`Recharts drew no <svg> for chart "${spec.key}" (${layout.name})`);
  }
  const rows = svg.querySelectorAll(`.${CLASS.row}`).length;
  if (rows !== spec.rows.length) {
    rendered.dispose();
    throw new Error(`Chart "${spec.key}" (${layout.name}) drew ${rows} of its ${spec.rows.length} rows`);
  }
  tidyChartSvg(svg, `${spec.key}-${layout.name}`);
  return { svg, dispose: () => rendered.dispose() };
}

/** The chart as SVG markup, as a page shows it. */
export function renderChartSvg(dom: RenderDom, spec: ChartSpec, layout: ChartLayout): string {
  const { svg, dispose } = drawChart(dom, spec, layout);
  try {
    return serializeNode(svg);
  } finally {
    dispose();
  }
}
