/**
 * Shows a view of a chart block (components/charts/ChartBlock.tsx) that the
 * server already rendered: the basis and Chart/Table switches, the companies
 * (a baked fragment of the same chart for a subset), the highlight (the one
 * dimming rule of lib/charts/dimming.ts), the view's title and the
 * Embed/Download/Copy image/Cite actions of that view (rendered at build, one <template> per highlight).
 * The overview and the embeds both call it; it writes no markup of its own.
 */
import { isDimmed } from '@/lib/charts/dimming';
import { type ChartKeyOptions, chartKey, fragmentPath } from '@/lib/charts/keys';
import { SWITCH_PARAMS, type ViewState } from '@/lib/url/params';

export type BlockView = Pick<ViewState, 'basis' | 'view' | 'highlight' | 'companies'>;

interface BlockMemory {
  /** Each variant's baked body (all companies), to return to after a subset. */
  bodies: Map<string, { key: string; html: string }>;
  /** Each variant's server-rendered actions, kept while another highlight's are shown. */
  actions: Map<string, Element>;
  fragments: Map<string, Promise<string>>;
  /** Bumped by every call, so a slow fragment never overwrites a newer view. */
  run: number;
}

const memory = new WeakMap<HTMLElement, BlockMemory>();

function remember(block: HTMLElement): BlockMemory {
  let m = memory.get(block);
  if (!m) {
    m = { bodies: new Map(), actions: new Map(), fragments: new Map(), run: 0 };
    for (const el of block.querySelectorAll<HTMLElement>('.chart-variant')) m.bodies.set(el.dataset.variant!, { key: el.dataset.chartKey!, html: el.innerHTML });
    memory.set(block, m);
  }
  return m;
}

function check(block: HTMLElement, name: string, value: string | null): void {
  if (value === null) return;
  const input = block.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (input) input.checked = true;
}

function dim(block: HTMLElement, highlight: string | null): void {
  for (const g of block.querySelectorAll<SVGGElement>('.chart-row-group')) {
    if (isDimmed(g.dataset.entity ?? '', highlight)) g.setAttribute('data-dimmed', 'true');
    else g.removeAttribute('data-dimmed');
  }
}

/** The actions of the highlighted view: its template's copy, or the server-rendered default. */
function switchActions(block: HTMLElement, m: BlockMemory, highlight: string | null): void {
  for (const holder of block.querySelectorAll<HTMLElement>('.chart-variant-actions')) {
    const slot = holder.querySelector<HTMLElement>('[data-actions-slot]');
    const current = slot?.firstElementChild;
    if (!slot || !current) continue;
    const variant = holder.dataset.variant!;
    if (!m.actions.has(variant)) m.actions.set(variant, current);
    if ((current.getAttribute('data-highlight') ?? '') === (highlight ?? '')) continue;
    const template = holder.querySelector<HTMLTemplateElement>(`template[data-highlight="${highlight ?? ''}"]`);
    const next = template ? (template.content.firstElementChild!.cloneNode(true) as Element) : m.actions.get(variant)!;
    slot.replaceChildren(next);
  }
}

/** Shows `view` in `block`; rejects if a subset's fragment could not be loaded (the block then shows all companies). */
export async function applyView(block: HTMLElement, view: BlockView): Promise<void> {
  const m = remember(block);
  const run = ++m.run;
  for (const name of SWITCH_PARAMS) check(block, `${block.id}-${name}`, view[name]);
  block.toggleAttribute('data-filtered', view.companies !== null);
  // The quotes printed under the chart (components/charts/ChartQuotes.tsx) are those of the companies shown.
  for (const li of block.querySelectorAll<HTMLElement>('.chart-quotes li[data-quote-entity]')) {
    li.hidden = view.companies !== null && !(view.companies as readonly string[]).includes(li.dataset.quoteEntity!);
  }
  switchActions(block, m, view.highlight);
  const heading = block.querySelector<HTMLElement>('[data-titles]');
  if (heading) {
    const titles = JSON.parse(heading.dataset.titles!) as Record<string, string>;
    heading.textContent = titles[view.highlight ?? ''] ?? titles['']!;
  }
  dim(block, view.highlight);

  const swaps = [...block.querySelectorAll<HTMLElement>('.chart-variant')].map(async (el) => {
    const variant = el.dataset.variant!;
    const body = m.bodies.get(variant)!;
    // A subset is the same view with the companies option set: its key names the baked fragment.
    const key = view.companies ? chartKey(block.dataset.chart!, { ...(JSON.parse(el.dataset.options ?? '{}') as ChartKeyOptions), companies: view.companies }) : body.key;
    if (el.dataset.chartKey === key) return;
    let html = body.html;
    if (key !== body.key) {
      if (!m.fragments.has(key)) {
        const fetched = fetch(fragmentPath(key)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
        fetched.catch(() => m.fragments.delete(key));
        m.fragments.set(key, fetched);
      }
      html = await m.fragments.get(key)!;
    }
    if (run !== m.run) return;
    el.innerHTML = html;
    el.dataset.chartKey = key;
  });
  try {
    await Promise.all(swaps);
  } finally {
    if (run === m.run) dim(block, view.highlight);
  }
}
