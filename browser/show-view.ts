/**
 * Shows the view a URL asks for in a chart block (components/charts/ChartBlock.tsx): its switches, and for
 * each basis the view's parts — title, body, actions. Where they come from:
 *  - the page's default view: the page itself (kept when another is shown);
 *  - another view the build drew (a highlight): its published parts (lib/charts/model/keys.ts's viewPartsPath);
 *  - any other view (a subset of the companies): drawn here, on demand, by the renderer the build uses
 *    (browser/on-demand/render-view.ts).
 * Until they arrive the block is marked busy, and a highlight dims the rows at once, so a choice shows in the
 * next paint. The overview and the embeds both call it; it writes no markup of its own.
 */
import { fillAccessDates } from '@/browser/access-dates';
import { settleFirstPaint } from '@/browser/first-paint';
import { afterNextPaint, loadOnDemand } from '@/browser/load-on-demand';
import { vocabulary } from '@/browser/vocabulary';
import type { ActionsMode } from '@/components/view/ChartActions';
import { isDimmed } from '@/lib/charts/model/dimming';
import { isBakedView, viewKey, viewPartsPath } from '@/lib/charts/model/keys';
import { CLASS, readData, select, writeData } from '@/lib/markup-contract';
import { SWITCH_PARAMS, type UrlState } from '@/lib/url/params';
import { type View, formatView, parseView, variantView } from '@/lib/url/view';
import type { ViewParts } from '@/renderer/view-parts';

/** A view's parts as a block swaps them in: the actions of the block's mode, as markup or, for the page's own view, its element. */
interface ShownParts {
  title: string;
  body: string;
  actions: string | Element | null;
  /** The view's printed quotes, as markup ('' for none). */
  quotes: string;
}

/** One position of the block's basis switch: the view the page drew there, and its parts. */
interface Variant {
  value: string;
  view: View;
  defaults: ShownParts;
}

interface BlockMemory {
  variants: Variant[];
  /** The actions' mode ('all', 'cite'), or null for a block without actions. */
  mode: ActionsMode | null;
  parts: Map<string, Promise<ShownParts>>;
  /** Bumped by every call, so a view that arrives late never overwrites a newer one. */
  run: number;
}

const memory = new WeakMap<HTMLElement, BlockMemory>();

function actionsOf(block: HTMLElement, variant: string): Element | null {
  return block.querySelector(`.${CLASS.variantActions}${select('variant', variant)} ${select('viewActions')}`);
}

function variantElement(block: HTMLElement, variant: string): HTMLElement | null {
  return block.querySelector<HTMLElement>(`.${CLASS.variant}${select('variant', variant)}`);
}

function remember(block: HTMLElement): BlockMemory {
  const known = memory.get(block);
  if (known) return known;
  const title = block.querySelector(select('viewTitle'))?.textContent ?? '';
  const variants: Variant[] = [];
  let mode: ActionsMode | null = null;
  for (const el of block.querySelectorAll<HTMLElement>(`.${CLASS.variant}`)) {
    const value = readData(el, 'variant') ?? '';
    const view = parseView(readData(el, 'view') ?? '', vocabulary);
    if (!view) continue;
    const actions = actionsOf(block, value);
    if (actions) mode = readData(actions, 'viewActions') === 'cite' ? 'cite' : 'all';
    // The quotes the page printed for its own view (a company page leaves out those it prints in full).
    const quotes = actions?.parentElement?.querySelector(select('chartQuotes'))?.outerHTML ?? '';
    variants.push({ value, view, defaults: { title, body: el.innerHTML, actions, quotes } });
  }
  const m: BlockMemory = { variants, mode, parts: new Map(), run: 0 };
  memory.set(block, m);
  return m;
}

function check(block: HTMLElement, name: string, value: string | null): void {
  if (value === null) return;
  const input = block.querySelector<HTMLInputElement>(`input[name="${block.id}-${name}"][value="${value}"]`);
  if (input) input.checked = true;
}

/** The one dimming rule (lib/charts/model/dimming.ts), on the rows shown now. */
function dim(block: HTMLElement, highlight: string | null): void {
  for (const g of block.querySelectorAll<SVGGElement>(`.${CLASS.rowGroup}`))
    writeData(g, 'dimmed', isDimmed(readData(g, 'entity') ?? '', highlight));
}

/** The quotes printed under the chart (components/view/ChartQuotes.tsx) are those of the companies shown (null: all). */
function printQuotesOf(block: HTMLElement, companies: readonly string[] | null): void {
  for (const li of block.querySelectorAll<HTMLElement>(select('quoteEntity')))
    li.hidden = companies !== null && !companies.includes(readData(li, 'quoteEntity') ?? '');
}

function fetchParts(view: View): Promise<ViewParts> {
  return fetch(viewPartsPath(viewKey(view))).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    // The bake wrote it (renderer/view-parts.tsx's ViewParts), from the release this page was built from.
    return r.json() as Promise<ViewParts>;
  });
}

/** A view's parts: fetched if the build drew it, drawn here if not. */
function partsOf(m: BlockMemory, view: View): Promise<ShownParts> {
  const key = viewKey(view);
  let parts = m.parts.get(key);
  if (!parts) {
    const mode = m.mode ?? 'cite';
    const made = isBakedView(view)
      ? fetchParts(view)
      : // Drawing is a long task: let the click that asked for it paint first.
        afterNextPaint()
          .then(() => loadOnDemand('view'))
          .then((v) => v.renderView(view, mode));
    parts = made.then((p) => ({ title: p.title, body: p.body, actions: p.actions[mode] ?? null, quotes: p.quotes }));
    parts.catch(() => m.parts.delete(key));
    m.parts.set(key, parts);
  }
  return parts;
}

function element(markup: string): Element | null {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild;
}

/** Puts a view's parts in place of a variant's. */
function swapIn(block: HTMLElement, variant: Variant, view: View, parts: ShownParts): void {
  const el = variantElement(block, variant.value);
  if (!el || readData(el, 'view') === formatView(view)) return;
  el.innerHTML = parts.body;
  writeData(el, 'viewKey', viewKey(view));
  writeData(el, 'view', formatView(view));
  const current = actionsOf(block, variant.value);
  // On paper, the view's own quotes: another year's, another day's.
  const printed = current?.parentElement?.querySelector(select('chartQuotes'));
  const quotes = parts.quotes ? element(parts.quotes) : null;
  if (printed && quotes) printed.replaceWith(quotes);
  else if (printed) printed.remove();
  else if (quotes) current?.parentElement?.prepend(quotes);
  if (!current || !parts.actions) return;
  const next = typeof parts.actions === 'string' ? element(parts.actions) : parts.actions;
  if (!next || next === current) return;
  if (typeof parts.actions === 'string') fillAccessDates(next);
  current.replaceWith(next);
}

function setTitle(block: HTMLElement, title: string): void {
  const heading = block.querySelector(select('viewTitle'));
  if (heading) heading.textContent = title;
}

/**
 * Shows what `state` asks for in `block`. Rejects if a view's parts could not be had (a fetch or the renderer
 * failed to load): the block then shows its default view again.
 */
export async function showView(block: HTMLElement, state: UrlState): Promise<void> {
  const m = remember(block);
  const run = ++m.run;
  for (const name of SWITCH_PARAMS) check(block, name, state[name]);
  printQuotesOf(block, state.companies);
  // At once: the highlight on the rows shown, while the view's own parts are on their way.
  dim(block, state.highlight);

  const wanted = m.variants.map((variant) => ({ variant, view: variantView(variant.view, state, vocabulary) }));
  const isDefault = (w: (typeof wanted)[number]) => formatView(w.view) === formatView(w.variant.view);
  if (wanted.some((w) => !isDefault(w) && !m.parts.has(viewKey(w.view)))) {
    writeData(block, 'viewPending', true);
    block.setAttribute('aria-busy', 'true');
  }
  try {
    const parts: ShownParts[] = [];
    // One at a time, so that drawing them yields to the reader between views.
    for (const w of wanted) parts.push(isDefault(w) ? w.variant.defaults : await partsOf(m, w.view));
    if (run !== m.run) return;
    wanted.forEach((w, i) => swapIn(block, w.variant, w.view, parts[i] ?? w.variant.defaults));
    setTitle(block, parts[0]?.title ?? '');
  } catch (error) {
    if (run === m.run) {
      for (const variant of m.variants) swapIn(block, variant, variant.view, variant.defaults);
      setTitle(block, m.variants[0]?.defaults.title ?? '');
      printQuotesOf(block, null);
      dim(block, null);
    }
    throw error;
  } finally {
    if (run === m.run) {
      writeData(block, 'viewPending', false);
      block.removeAttribute('aria-busy');
      settleFirstPaint();
    }
  }
}
