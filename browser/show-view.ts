/**
 * Shows a view of a chart block (components/charts/ChartBlock.tsx): its
 * switches, and for each basis the view's parts — title, body, actions.
 * Where they come from:
 *  - the page's default view: the page itself (kept when another is shown);
 *  - another view the build drew (a highlight): its published parts,
 *    /charts/<view>/view.json;
 *  - any other view (a subset of the companies): drawn here, on demand, by
 *    the renderer the build uses (browser/on-demand/view.ts).
 * Until they arrive the block is marked busy, and a highlight dims the rows
 * at once, so a choice shows in the next paint. The overview and the embeds
 * both call it; it writes no markup of its own.
 */
import { afterNextPaint, loadOnDemand } from '@/browser/on-demand';
import { fillAccessDates } from '@/browser/access-dates';
import { isDimmed } from '@/lib/charts/model/dimming';
import { chartKey, isBakedView, viewPartsPath } from '@/lib/charts/model/keys';
import { CLASS, readData, select, writeData } from '@/lib/markup-contract';
import { SWITCH_PARAMS, type ViewState } from '@/lib/url/params';

export type BlockView = Pick<ViewState, 'basis' | 'view' | 'highlight' | 'companies' | 'year'>;

/** A view's parts as a block swaps them in: the actions of the block's mode (renderer/view-parts.tsx). */
interface Parts {
  key: string;
  title: string;
  body: string;
  /** Markup, or the page's own element for its default view. */
  actions: string | Element | null;
}

interface Variant {
  value: string;
  options: Record<string, unknown>;
  defaults: Parts;
}

interface BlockMemory {
  variants: Map<string, Variant>;
  /** The actions' mode ('all', 'cite'), or null for a block without actions. */
  mode: 'all' | 'cite' | null;
  parts: Map<string, Promise<Parts>>;
  /** Bumped by every call, so a view that arrives late never overwrites a newer one. */
  run: number;
}

const memory = new WeakMap<HTMLElement, BlockMemory>();

function actionsOf(block: HTMLElement, variant: string): Element | null {
  return block.querySelector(`.${CLASS.variantActions}${select('variant', variant)} ${select('viewActions')}`);
}

function remember(block: HTMLElement): BlockMemory {
  let m = memory.get(block);
  if (m) return m;
  const title = block.querySelector(select('viewTitle'))?.textContent ?? '';
  const variants = new Map<string, Variant>();
  let mode: BlockMemory['mode'] = null;
  for (const el of block.querySelectorAll<HTMLElement>(`.${CLASS.variant}`)) {
    const value = readData(el, 'variant')!;
    const actions = actionsOf(block, value);
    if (actions) mode = readData(actions, 'viewActions') as BlockMemory['mode'];
    variants.set(value, {
      value,
      options: JSON.parse(readData(el, 'viewOptions') ?? '{}') as Record<string, unknown>,
      defaults: { key: readData(el, 'viewKey')!, title, body: el.innerHTML, actions },
    });
  }
  m = { variants, mode, parts: new Map(), run: 0 };
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

/** The quotes printed under the chart (components/charts/ChartQuotes.tsx) are those of the companies shown (null: all). */
function printQuotesOf(block: HTMLElement, companies: readonly string[] | null): void {
  for (const li of block.querySelectorAll<HTMLElement>(select('quoteEntity')))
    li.hidden = companies !== null && !companies.includes(readData(li, 'quoteEntity')!);
}

/** A view's parts: fetched if the build drew it, drawn here if not. */
function partsOf(m: BlockMemory, chart: string, options: Record<string, unknown>, key: string): Promise<Parts> {
  let parts = m.parts.get(key);
  if (!parts) {
    const mode = m.mode ?? 'cite';
    parts = isBakedView(options as { companies: string[] | null })
      ? fetch(viewPartsPath(key))
          .then((r) =>
            r.ok
              ? (r.json() as Promise<{ key: string; title: string; body: string; actions: Record<string, string> }>)
              : Promise.reject(new Error(`HTTP ${r.status}`)),
          )
          .then((p) => ({ ...p, actions: p.actions[mode] ?? null }))
      : // Drawing is a long task: let the click that asked for it paint first.
        afterNextPaint()
          .then(() => loadOnDemand('view'))
          .then((v) => v.renderView(chart, options, mode))
          .then((p) => ({ ...p, actions: p.actions[mode] ?? null }));
    parts.catch(() => m.parts.delete(key));
    m.parts.set(key, parts);
  }
  return parts;
}

function element(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild!;
}

/** Puts a view's parts in place of a variant's. */
function swapIn(block: HTMLElement, variant: Variant, parts: Parts, options: Record<string, unknown>): void {
  const el = block.querySelector<HTMLElement>(`.${CLASS.variant}${select('variant', variant.value)}`)!;
  if (readData(el, 'viewKey') === parts.key) return;
  el.innerHTML = parts.body;
  writeData(el, 'viewKey', parts.key);
  writeData(el, 'viewOptions', JSON.stringify(options));
  const current = actionsOf(block, variant.value);
  if (current && parts.actions) {
    const next = typeof parts.actions === 'string' ? element(parts.actions) : parts.actions;
    if (next !== current) {
      if (typeof parts.actions === 'string') fillAccessDates(next);
      current.replaceWith(next);
    }
  }
}

/**
 * Shows `view` in `block`. Rejects if a view's parts could not be had (a fetch or the renderer failed
 * to load): the block then shows its default view again.
 */
export async function showView(block: HTMLElement, view: BlockView): Promise<void> {
  const m = remember(block);
  const run = ++m.run;
  const chart = readData(block, 'chart')!;
  for (const name of SWITCH_PARAMS) check(block, name, view[name]);
  printQuotesOf(block, view.companies);
  // At once: the highlight on the rows shown, while the view's own parts are on their way.
  dim(block, view.highlight);

  const wanted = [...m.variants.values()].map((variant) => {
    // A view without a year shows the block's own (the newest, on the overview).
    const options = {
      ...variant.options,
      year: view.year ?? variant.options.year ?? null,
      highlight: view.highlight,
      companies: view.companies,
    };
    const key = chartKey(chart, options as Parameters<typeof chartKey>[1]);
    return { variant, options, key };
  });
  const pending = wanted.some(({ variant, key }) => key !== variant.defaults.key && !m.parts.has(key));
  if (pending) {
    writeData(block, 'viewPending', true);
    block.setAttribute('aria-busy', 'true');
  }
  try {
    const parts: Parts[] = [];
    // One at a time, so that drawing them yields to the reader between views.
    for (const w of wanted)
      parts.push(w.key === w.variant.defaults.key ? w.variant.defaults : await partsOf(m, chart, w.options, w.key));
    if (run !== m.run) return;
    wanted.forEach((w, i) => swapIn(block, w.variant, parts[i]!, w.options));
    const heading = block.querySelector(select('viewTitle'));
    if (heading) heading.textContent = parts[0]!.title;
  } catch (error) {
    if (run === m.run) {
      for (const variant of m.variants.values()) swapIn(block, variant, variant.defaults, variant.options);
      const heading = block.querySelector(select('viewTitle'));
      if (heading) heading.textContent = [...m.variants.values()][0]!.defaults.title;
      printQuotesOf(block, null);
      dim(block, null);
    }
    throw error;
  } finally {
    if (run === m.run) {
      writeData(block, 'viewPending', false);
      block.removeAttribute('aria-busy');
    }
  }
}
