/**
 * The overview's view state lives in the URL: which companies are shown, the
 * Stargate basis, the highlighted company, chart or table. Opening a URL
 * restores its view; each choice pushes a history entry (so Back steps through
 * choices) without a reload; unknown or malformed values are dropped, the URL
 * cleaned, and a notice says what was ignored — as text, never as markup.
 *
 * The chart, its switches, its table and these controls are server-rendered
 * (ChartBlock, OverviewControls); this reads and writes the URL and applies
 * the state to them. A subset of companies swaps in a pre-baked fragment of
 * the same chart (public/charts/fragments/).
 */
import { retargetChartActions } from '@/components/charts/retarget-actions';
import { embedPath } from '@/lib/charts/export-paths';
import { chartKey, fragmentPath } from '@/lib/charts/keys';
import { PRIMARY_SLUGS, type PrimarySlug } from '@/lib/dataset/slugs';
import {
  type IgnoredParam,
  type OverviewState,
  describeIgnored,
  keepChoicesMadeBeforeLoad,
  parseOverviewState,
  serializeOverviewState,
} from '@/lib/url-state';

function normalize(s: OverviewState): OverviewState {
  const companies = s.companies && s.companies.length < PRIMARY_SLUGS.length ? PRIMARY_SLUGS.filter((c) => s.companies!.includes(c)) : null;
  const highlight = s.highlight && (!companies || companies.includes(s.highlight)) ? s.highlight : null;
  return { ...s, companies, highlight };
}

/** Takes over the controls rendered by OverviewControls (`[data-overview-controls]`) and the chart block they name. */
export function startOverviewController(controls: HTMLElement): void {
  const blockId = controls.dataset.blockId!;
  const block = document.getElementById(blockId);
  if (!block) return;
  const companyBoxes = [...controls.querySelectorAll<HTMLInputElement>(`input[name="${blockId}-companies"]`)];
  const companyFieldset = controls.querySelector<HTMLFieldSetElement>('fieldset[data-control="companies"]')!;
  const highlightSelect = controls.querySelector<HTMLSelectElement>('select[data-control="highlight"]')!;
  // Every company's option, in display order; the select shows those of the companies shown.
  const options = [...highlightSelect.options].filter((o) => o.value !== '');
  const copyLink = controls.querySelector<HTMLButtonElement>('button[data-copy-url]');
  const noticeSlot = controls.querySelector<HTMLElement>('[data-notice-slot]')!;

  const originals = new Map<string, { key: string; html: string }>();
  block.querySelectorAll<HTMLElement>('.chart-variant').forEach((el) => {
    originals.set(el.dataset.variant!, { key: el.dataset.chartKey!, html: el.innerHTML });
  });
  const fragments = new Map<string, Promise<string>>();
  let state: OverviewState;
  let applied = 0;

  const showNotice = (ignored: IgnoredParam[]) => {
    if (ignored.length === 0) return noticeSlot.replaceChildren();
    const notice = document.createElement('p');
    notice.setAttribute('role', 'status');
    notice.className = 'notice';
    notice.dataset.notice = 'ignored-params';
    const what = document.createElement('span');
    what.textContent = describeIgnored(ignored);
    const rest = document.createElement('span');
    rest.className = 'text-muted';
    rest.textContent = ' — showing the rest of the view.';
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'ml-2 underline';
    dismiss.textContent = 'Dismiss';
    dismiss.addEventListener('click', () => noticeSlot.replaceChildren());
    notice.append(what, rest, dismiss);
    noticeSlot.replaceChildren(notice);
  };

  /** The controls themselves: ticked companies, the last one locked, the highlight among those shown. */
  const renderControls = () => {
    const shown = state.companies ?? PRIMARY_SLUGS;
    for (const box of companyBoxes) {
      box.checked = shown.includes(box.value as PrimarySlug);
      box.disabled = shown.length === 1 && box.checked;
    }
    highlightSelect.replaceChildren(highlightSelect.options[0]!, ...options.filter((o) => shown.includes(o.value as PrimarySlug)));
    highlightSelect.value = state.highlight ?? '';
    if (copyLink) copyLink.dataset.copyQuery = serializeOverviewState(state);
  };

  /** The chart block: switches, the companies' view (a baked fragment for a subset), dimming, and where exports point. */
  const renderChart = () => {
    const run = ++applied;
    const current = state;
    const check = (name: string, value: string) => {
      const input = block.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    };
    check(`${blockId}-variant`, current.basis);
    check(`${blockId}-view`, current.view);

    const highlight = () =>
      block.querySelectorAll<SVGGElement>('.chart-row-group').forEach((g) => {
        if (current.highlight && g.dataset.entity !== current.highlight) g.setAttribute('data-dimmed', 'true');
        else g.removeAttribute('data-dimmed');
      });

    const swaps = [...block.querySelectorAll<HTMLElement>('.chart-variant')].map(async (el) => {
      const basis = el.dataset.variant as OverviewState['basis'];
      const original = originals.get(basis)!;
      const key = current.companies ? chartKey('capex-2025', { basis, highlight: null, entities: current.companies }) : original.key;
      if (el.dataset.chartKey === key) return;
      let html = original.html;
      if (key !== original.key) {
        if (!fragments.has(key)) {
          fragments.set(
            key,
            fetch(fragmentPath(key)).then((r) => {
              if (!r.ok) throw new Error(String(r.status));
              return r.text();
            }),
          );
        }
        html = await fragments.get(key)!;
      }
      if (run !== applied) return; // a newer choice has been made meanwhile
      el.innerHTML = html;
      el.dataset.chartKey = key;
    });
    Promise.all(swaps).then(
      () => run === applied && highlight(),
      () => {
        fragments.clear();
        showNotice([{ key: 'companies', value: current.companies?.join(',') ?? '', reason: 'could not be loaded' }]);
      },
    );
    highlight();

    // Embed, downloads and Copy image follow the highlight; a subset of companies is not exported, as the block says.
    block.toggleAttribute('data-filtered', current.companies !== null);
    block.querySelectorAll<HTMLElement>('.chart-variant-actions').forEach((el) => {
      const basis = el.dataset.variant as OverviewState['basis'];
      const actions = el.querySelector<HTMLElement>('[data-chart-actions]');
      if (actions) retargetChartActions(actions, chartKey('capex-2025', { basis, highlight: current.highlight, entities: null }), embedPath('capex-2025', { basis, highlight: current.highlight }));
    });
  };

  const apply = (next: OverviewState) => {
    state = next;
    renderControls();
    renderChart();
  };

  const push = (patch: Partial<OverviewState>) => {
    const next = normalize({ ...state, ...patch });
    window.history.pushState(null, '', `${window.location.pathname}${serializeOverviewState(next)}`);
    showNotice([]);
    apply(next);
  };

  // Read the URL on load and on Back/Forward.
  const read = (onLoad: boolean) => {
    const search = window.location.search;
    const parsed = parseOverviewState(search);
    const picked = (name: string) => block.querySelector<HTMLInputElement>(`input[name="${blockId}-${name}"]:checked`)?.value;
    // On load, a switch flipped before the script arrived is kept, not reset; on Back/Forward the URL decides.
    const next = onLoad ? keepChoicesMadeBeforeLoad(parsed.state, search, { basis: picked('variant'), view: picked('view') }) : parsed.state;
    showNotice(parsed.ignored);
    if (parsed.ignored.length > 0 || serializeOverviewState(next) !== serializeOverviewState(parsed.state)) {
      window.history.replaceState(null, '', `${window.location.pathname}${serializeOverviewState(next)}${window.location.hash}`);
    }
    apply(next);
  };

  read(true);
  window.addEventListener('popstate', () => read(false));
  block.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name === `${blockId}-variant`) push({ basis: input.value as OverviewState['basis'] });
    if (input.name === `${blockId}-view`) push({ view: input.value as OverviewState['view'] });
  });
  controls.addEventListener('change', (e) => {
    if (e.target === highlightSelect) {
      push({ highlight: (highlightSelect.value || null) as PrimarySlug | null });
      return;
    }
    const box = e.target as HTMLInputElement;
    if (!companyBoxes.includes(box)) return;
    const shown = state.companies ?? PRIMARY_SLUGS;
    const next = shown.includes(box.value as PrimarySlug) ? shown.filter((s) => s !== box.value) : [...shown, box.value as PrimarySlug];
    if (next.length > 0) push({ companies: next });
    else renderControls();
  });
  companyFieldset.disabled = false;
  highlightSelect.disabled = false;
  controls.dataset.overviewControls = 'ready';
}
