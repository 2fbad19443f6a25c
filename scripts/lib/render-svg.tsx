/**
 * Renders a chart spec to an SVG string at build time. Recharts 3 draws
 * nothing on the server (recharts/recharts#5997), but draws its full SVG in
 * Node under a DOM shim, so we render with react-dom into a happy-dom document
 * and keep the <svg>. Used only by the build (bake-charts), never in the browser.
 */
import { Window } from 'happy-dom';
import { BarChartSvg } from '@/components/baked/BarChartSvg';
import type { ChartLayout } from '@/lib/charts/layout';
import type { ChartSpec } from '@/lib/charts/spec';

let installed = false;

function installDom(): void {
  if (installed) return;
  const win = new Window({ url: 'http://localhost/', width: 1920, height: 1080 });
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'SVGElement', 'Element', 'Node', 'MutationObserver']) {
    g[key] = (win as unknown as Record<string, unknown>)[key];
  }
  g.getComputedStyle = win.getComputedStyle.bind(win);
  g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0);
  g.cancelAnimationFrame = (id: number) => clearTimeout(id);
  g.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  g.IS_REACT_ACT_ENVIRONMENT = true;
  installed = true;
}

/** Rounds float noise in attribute values: 14.399999999999999 → 14.4. */
export function roundAttributeNumbers(markup: string): string {
  return markup.replace(/="([^"]*)"/g, (_m, value: string) => `="${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`);
}

/**
 * Recharts offsets its tick labels by `dy="0.71em"`; some SVG importers (office suites)
 * do not resolve em units in dy, so they are written in user units from the text's font size.
 */
function emOffsetsToUnits(markup: string): string {
  return markup.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs: string, body: string) => {
    const size = /\sfont-size="([\d.]+)"/.exec(attrs)?.[1];
    if (!size) return whole;
    const fixed = body.replace(/\sdy="(-?[\d.]+)em"/g, (_m, em: string) => ` dy="${Math.round(Number(em) * Number(size) * 100) / 100}"`);
    return `<text${attrs}>${fixed}</text>`;
  });
}

function tidy(svg: string, idPrefix: string): string {
  let out = emOffsetsToUnits(svg)
    // Recharts' z-index layers are groups with tabindex="-1": not focus targets.
    .replace(/\stabindex="-1"/g, '')
    .replace(/\sstyle="width: 100%; height: 100%; display: block;"/, '')
    // Recharts copies its props (angle, orientation, the plot's x/y/width/height) onto axis lines and texts.
    .replace(/<line\b[^>]*>/g, (tag) => tag.replace(/\s(?:x|y|width|height|angle|orientation|offset|name)="[^"]*"/g, ''))
    .replace(/<text\b[^>]*>/g, (tag) => tag.replace(/\s(?:width|height|angle|orientation|offset)="[^"]*"/g, ''));
  out = roundAttributeNumbers(out);
  // Ids must be unique on a page that shows several charts (and two sizes of each).
  const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  for (const id of new Set(ids)) {
    if (id.startsWith(idPrefix)) continue;
    const safe = `${idPrefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
    out = out.split(`id="${id}"`).join(`id="${safe}"`).split(`url(#${id})`).join(`url(#${safe})`);
  }
  return out;
}

export async function renderChartSvg(spec: ChartSpec, layout: ChartLayout): Promise<string> {
  installDom();
  const { act } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  await act(async () => {
    root.render(<BarChartSvg spec={spec} layout={layout} />);
  });
  const svg = host.querySelector('svg');
  if (!svg) throw new Error(`Recharts rendered no <svg> for chart "${spec.key}" (${layout.name})`);
  const markup = svg.outerHTML;
  await act(async () => root.unmount());
  host.remove();
  const rows = (markup.match(/class="chart-row"[^>]*data-figure-id/g) ?? []).length;
  if (rows !== spec.rows.length) throw new Error(`Chart "${spec.key}" (${layout.name}) rendered ${rows} of ${spec.rows.length} rows`);
  return tidy(markup, `${spec.key}-${layout.name}`);
}
