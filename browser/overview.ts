/**
 * The overview's view state lives in the URL (lib/url/params.ts): which
 * companies are shown, the Stargate basis, the highlighted company, chart or
 * table. Opening a URL restores its view; each choice pushes a history entry
 * (so Back steps through choices) without a reload; unknown or malformed
 * values are dropped, the URL cleaned, and the page's notice says what was
 * ignored. The controls (components/charts/OverviewControls.tsx) and the chart
 * block are server-rendered; this reads and writes the URL, sets the controls
 * and hands the view to showView.
 */
import { showIgnored } from '@/browser/notice';
import { showView } from '@/browser/show-view';
import { PRINT_PERMALINK_PROPERTY, cssString } from '@/lib/print/running-head';
import { PRIMARY_SLUGS, type PrimarySlug } from '@/lib/dataset/slugs';
import { readData, select, writeData } from '@/lib/markup-contract';
import { OVERVIEW_PARAMS, SWITCH_PARAMS, type ViewState } from '@/lib/url/params';
import { keepChoicesMadeBeforeLoad, normalizeViewState, parseViewState, serializeViewState } from '@/lib/url/view-state';

/** Takes over the controls rendered by OverviewControls and the chart block they name. */
export function startOverview(controls: HTMLElement): void {
  const blockId = readData(controls, 'blockId')!;
  const block = document.getElementById(blockId);
  if (!block) return;
  const companyBoxes = [...controls.querySelectorAll<HTMLInputElement>(`input[name="${blockId}-companies"]`)];
  const companyFieldset = controls.querySelector<HTMLFieldSetElement>(`fieldset${select('control', 'companies')}`)!;
  const highlightSelect = controls.querySelector<HTMLSelectElement>(`select${select('control', 'highlight')}`)!;
  // Every company's option, in display order; the select shows those of the companies shown.
  const options = [...highlightSelect.options].filter((o) => o.value !== '');
  const copyLink = controls.querySelector<HTMLButtonElement>(`button${select('copyUrl')}`);
  const notice = controls.querySelector(select('noticeHost'));
  let state: ViewState;

  /** The controls themselves: ticked companies, the last one locked, the highlight among those shown. */
  const renderControls = () => {
    const shown = state.companies ?? PRIMARY_SLUGS;
    for (const box of companyBoxes) {
      box.checked = shown.includes(box.value as PrimarySlug);
      box.disabled = shown.length === 1 && box.checked;
    }
    highlightSelect.replaceChildren(highlightSelect.options[0]!, ...options.filter((o) => shown.includes(o.value as PrimarySlug)));
    highlightSelect.value = state.highlight ?? '';
    if (copyLink) {
      writeData(copyLink, 'copyQuery', serializeViewState(state));
      // The printed pages' running head names this view, as the link would.
      document.documentElement.style.setProperty(PRINT_PERMALINK_PROPERTY, cssString(`${readData(copyLink, 'copyUrl')}${serializeViewState(state)}`));
    }
  };

  const apply = (next: ViewState) => {
    state = next;
    renderControls();
    showView(block, next).catch(() => {
      if (state !== next) return;
      // The block is back on its default view: so are the controls and the URL, and the notice says what was dropped.
      const dropped = next.companies ? { key: 'companies', value: next.companies.join(',') } : { key: 'highlight', value: next.highlight ?? '' };
      state = { ...next, companies: null, highlight: null };
      renderControls();
      window.history.replaceState(null, '', `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`);
      showIgnored(notice, [{ ...dropped, reason: 'could not be drawn' }]);
    });
  };

  const push = (patch: Partial<ViewState>) => {
    const next = normalizeViewState({ ...state, ...patch });
    window.history.pushState(null, '', `${window.location.pathname}${serializeViewState(next)}`);
    showIgnored(notice, []);
    apply(next);
  };

  // Read the URL on load and on Back/Forward.
  const read = (onLoad: boolean) => {
    const search = window.location.search;
    const parsed = parseViewState(search, OVERVIEW_PARAMS);
    const picked = Object.fromEntries(SWITCH_PARAMS.map((name) => [name, block.querySelector<HTMLInputElement>(`input[name="${blockId}-${name}"]:checked`)?.value]));
    // On load, a switch flipped before the script arrived is kept, not reset; on Back/Forward the URL decides.
    const next = onLoad ? keepChoicesMadeBeforeLoad(parsed.state, search, picked) : parsed.state;
    showIgnored(notice, parsed.ignored);
    if (parsed.ignored.length > 0 || serializeViewState(next) !== serializeViewState(parsed.state)) {
      window.history.replaceState(null, '', `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`);
    }
    apply(next);
  };

  read(true);
  window.addEventListener('popstate', () => read(false));
  block.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    const name = SWITCH_PARAMS.find((n) => input.name === `${blockId}-${n}`);
    if (name) push({ [name]: input.value });
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
  writeData(controls, 'overviewControls', 'ready');
}
