/**
 * The overview's view state lives in the URL (lib/url/params.ts): which
 * year, which companies are shown, the basis of multi-year plans, the
 * highlighted company, chart or table. Opening a URL restores its view; each choice pushes a history entry
 * (so Back steps through choices) without a reload; unknown or malformed
 * values are dropped, the URL cleaned, and the page's notice says what was
 * ignored. The controls (components/charts/OverviewControls.tsx) and the chart
 * block are server-rendered; this reads and writes the URL, sets the controls
 * and hands the view to showView.
 */
import { showIgnored } from '@/browser/notice';
import { showView } from '@/browser/show-view';
import { PRINT_PERMALINK_PROPERTY, cssString } from '@/lib/print/running-head';
import { latestYear, vocabulary } from '@/browser/vocabulary';
import { readData, select, writeData } from '@/lib/markup-contract';
import { OVERVIEW_PARAMS, SWITCH_PARAMS, type ViewState } from '@/lib/url/params';
import {
  keepChoicesMadeBeforeLoad,
  normalizeViewState,
  parseViewState,
  serializeViewState,
} from '@/lib/url/view-state';

/** Takes over the controls rendered by OverviewControls and the chart block they name. */
export function startOverview(controls: HTMLElement): void {
  const blockId = readData(controls, 'blockId')!;
  const block = document.getElementById(blockId);
  if (!block) return;
  const control = <T extends Element>(name: string) => controls.querySelector<T>(select('control', name));
  const companyBoxes = [...controls.querySelectorAll<HTMLInputElement>(`input[name="${blockId}-companies"]`)];
  const companyFieldset = control<HTMLFieldSetElement>('companies')!;
  const summary = control<HTMLElement>('companiesSummary');
  const yearSelect = control<HTMLSelectElement>('year');
  const highlightSelect = control<HTMLSelectElement>('highlight')!;
  // Every company's option, in display order; the select shows those of the companies shown.
  const options = [...highlightSelect.options].filter((o) => o.value !== '');
  const copyLink = controls.querySelector<HTMLButtonElement>(`button${select('copyUrl')}`);
  const notice = controls.querySelector(select('noticeHost'));
  let state: ViewState;
  /** "Clear" leaves no company ticked until the reader ticks one: the view waits for it. */
  let cleared = false;

  /** The companies with a plan in the view's year, in display order. */
  const ofYear = () => {
    const year = state.year ?? latestYear;
    return companyBoxes
      .filter((b) => !year || (readData(b.closest('label')!, 'years') ?? '').split(' ').includes(year))
      .map((b) => b.value);
  };

  /** The controls themselves: ticked companies of the year, the last one locked, the highlight among those shown. */
  const renderControls = () => {
    const available = ofYear();
    const shown = cleared ? [] : (state.companies ?? available).filter((c) => available.includes(c));
    for (const box of companyBoxes) {
      box.closest('label')!.hidden = !available.includes(box.value);
      box.checked = shown.includes(box.value);
      box.disabled = shown.length === 1 && box.checked;
    }
    if (summary)
      summary.textContent = cleared
        ? 'Show: pick the companies'
        : shown.length === available.length
          ? `Show: all ${available.length} companies`
          : `Show: ${shown.length} of ${available.length} companies`;
    highlightSelect.replaceChildren(highlightSelect.options[0]!, ...options.filter((o) => shown.includes(o.value)));
    highlightSelect.value = state.highlight ?? '';
    if (yearSelect) yearSelect.value = state.year ?? '';
    if (copyLink) {
      // A link to this view names its year: the newest moves with the data.
      const query = serializeViewState({ ...state, year: state.year ?? latestYear });
      writeData(copyLink, 'copyQuery', query);
      // The printed pages' running head names this view, as the link would.
      document.documentElement.style.setProperty(
        PRINT_PERMALINK_PROPERTY,
        cssString(`${readData(copyLink, 'copyUrl')}${query}`),
      );
    }
  };

  const apply = (next: ViewState) => {
    state = next;
    cleared = false;
    renderControls();
    showView(block, next).catch(() => {
      if (state !== next) return;
      // The block is back on its default view: so are the controls and the URL, and the notice says what was dropped.
      const dropped = next.companies
        ? { key: 'companies', value: next.companies.join(',') }
        : next.highlight
          ? { key: 'highlight', value: next.highlight }
          : { key: 'year', value: next.year ?? '' };
      state = { ...next, companies: null, highlight: null, year: null };
      renderControls();
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`,
      );
      showIgnored(notice, [{ ...dropped, reason: 'could not be drawn' }]);
    });
  };

  const push = (patch: Partial<ViewState>) => {
    const next = normalizeViewState({ ...state, ...patch }, vocabulary);
    window.history.pushState(null, '', `${window.location.pathname}${serializeViewState(next)}`);
    showIgnored(notice, []);
    apply(next);
  };

  // Read the URL on load and on Back/Forward.
  const read = (onLoad: boolean) => {
    const search = window.location.search;
    const parsed = parseViewState(search, OVERVIEW_PARAMS, vocabulary);
    const picked = Object.fromEntries(
      SWITCH_PARAMS.map((name) => [
        name,
        block.querySelector<HTMLInputElement>(`input[name="${blockId}-${name}"]:checked`)?.value,
      ]),
    );
    // On load, a switch flipped before the script arrived is kept, not reset; on Back/Forward the URL decides.
    const next = onLoad ? keepChoicesMadeBeforeLoad(parsed.state, search, picked) : parsed.state;
    showIgnored(notice, parsed.ignored);
    if (parsed.ignored.length > 0 || serializeViewState(next) !== serializeViewState(parsed.state)) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`,
      );
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
  controls.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    // Select all and Clear exist only when the companies fold into a disclosure: no button is neither.
    if (!button) return;
    if (button === control('allCompanies')) push({ companies: null });
    else if (button === control('noCompanies')) {
      cleared = true;
      renderControls();
    }
  });
  controls.addEventListener('change', (e) => {
    if (e.target === highlightSelect) return push({ highlight: highlightSelect.value || null });
    // The newest year is the default: it stays out of the URL.
    if (yearSelect && e.target === yearSelect) return push({ year: yearSelect.value || null });
    const box = e.target as HTMLInputElement;
    if (!companyBoxes.includes(box)) return;
    const available = ofYear();
    const shown = cleared ? [] : (state.companies ?? available).filter((c) => available.includes(c));
    const next = shown.includes(box.value) ? shown.filter((s) => s !== box.value) : [...shown, box.value];
    if (next.length > 0) push({ companies: next });
    else renderControls();
  });
  companyFieldset.disabled = false;
  highlightSelect.disabled = false;
  if (yearSelect) yearSelect.disabled = false;
  writeData(controls, 'overviewControls', 'ready');
}
