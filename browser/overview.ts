/**
 * The overview's view state lives in the URL (lib/url/params.ts): which year, which companies are shown, the
 * basis of multi-year plans, the highlighted company, chart or table. Opening a URL restores its view; each
 * choice pushes a history entry (so Back steps through choices) without a reload; unknown or malformed values
 * are dropped, the URL cleaned, and the page's notice says what was ignored. The controls
 * (components/charts/OverviewControls.tsx) and the chart block are server-rendered; the state and its
 * transitions are pure functions (./overview-state.ts); this applies them: it reads and writes the URL, sets
 * the controls and hands the view to showView.
 */
import { showIgnored } from '@/browser/notice';
import {
  type OverviewData,
  type OverviewState,
  afterFailure,
  choose,
  clearCompanies,
  controlsModel,
  readUrl,
  flipSwitch,
  toggleCompany,
} from '@/browser/overview-state';
import { showView } from '@/browser/show-view';
import { vocabulary } from '@/browser/vocabulary';
import { readData, select, writeData } from '@/lib/markup-contract';
import { PRINT_PERMALINK_PROPERTY, cssString } from '@/lib/print/running-head';
import { OVERVIEW_PARAMS, SWITCH_PARAMS, type UrlState } from '@/lib/url/params';
import { serializeUrlState } from '@/lib/url/url-state';

/** Takes over the controls rendered by OverviewControls and the chart block they name. */
export function startOverview(controls: HTMLElement): void {
  const blockId = readData(controls, 'blockId') ?? '';
  const block = document.getElementById(blockId);
  const control = <T extends Element>(name: string) => controls.querySelector<T>(select('control', name));
  const companyFieldset = control<HTMLFieldSetElement>('companies');
  const highlightSelect = control<HTMLSelectElement>('highlight');
  if (!block || !companyFieldset || !highlightSelect) return;
  const companyBoxes = [...controls.querySelectorAll<HTMLInputElement>(`input[name="${blockId}-companies"]`)];
  const summary = control<HTMLElement>('companiesSummary');
  const yearSelect = control<HTMLSelectElement>('year');
  const noHighlight = highlightSelect.options[0];
  // Every company's option, in display order; the select shows those of the companies shown.
  const options = [...highlightSelect.options].filter((o) => o.value !== '');
  const copyLink = controls.querySelector<HTMLButtonElement>(`button${select('copyUrl')}`);
  const notice = controls.querySelector(select('noticeHost'));
  const data: OverviewData = {
    vocabulary,
    yearsOf: new Map(companyBoxes.map((b) => [b.value, (readData(b.closest('label') ?? b, 'years') ?? '').split(' ')])),
  };
  let state: OverviewState = { url: readUrl('', OVERVIEW_PARAMS, data, null).state.url, cleared: false };

  const address = (url: UrlState) => `${window.location.pathname}${serializeUrlState(url)}`;

  /** The controls themselves, as the state's model says. */
  const renderControls = () => {
    const model = controlsModel(state, data);
    for (const box of companyBoxes) {
      const shown = model.boxes.find((b) => b.slug === box.value);
      const label = box.closest('label');
      if (label) label.hidden = shown?.hidden ?? true;
      box.checked = shown?.checked ?? false;
      box.disabled = shown?.disabled ?? false;
    }
    if (summary) summary.textContent = model.summary;
    highlightSelect.replaceChildren(
      ...(noHighlight ? [noHighlight] : []),
      ...options.filter((o) => model.highlightChoices.includes(o.value)),
    );
    highlightSelect.value = model.highlight;
    if (yearSelect) {
      // As of a day, the switch offers the years that had plans by then; the default ("the newest") is today's.
      for (const option of yearSelect.options)
        option.disabled = option.value ? !model.yearsOffered.includes(option.value) : !model.defaultOffered;
      yearSelect.value = model.year;
    }
    if (copyLink) {
      writeData(copyLink, 'copyQuery', model.linkQuery);
      // The printed pages' running head names this view, as the link would.
      document.documentElement.style.setProperty(
        PRINT_PERMALINK_PROPERTY,
        cssString(`${readData(copyLink, 'copyUrl') ?? ''}${model.linkQuery}`),
      );
    }
  };

  const apply = (next: OverviewState) => {
    state = next;
    renderControls();
    showView(block, next.url).catch(() => {
      if (state !== next) return;
      // The block is back on its default view: so are the controls and the URL, and the notice says what was dropped.
      const failed = afterFailure(next);
      state = failed.state;
      renderControls();
      window.history.replaceState(null, '', `${address(state.url)}${window.location.hash}`);
      showIgnored(notice, [failed.dropped]);
    });
  };

  const push = (next: OverviewState | null) => {
    if (!next) return renderControls();
    window.history.pushState(null, '', address(next.url));
    showIgnored(notice, []);
    apply(next);
  };

  // Read the URL on load and on Back/Forward.
  const read = (onLoad: boolean) => {
    const picked = onLoad
      ? Object.fromEntries(
          SWITCH_PARAMS.map((name) => [
            name,
            block.querySelector<HTMLInputElement>(`input[name="${blockId}-${name}"]:checked`)?.value,
          ]),
        )
      : null;
    const { state: next, ignored, rewrite } = readUrl(window.location.search, OVERVIEW_PARAMS, data, picked);
    showIgnored(notice, ignored);
    if (rewrite) window.history.replaceState(null, '', `${address(next.url)}${window.location.hash}`);
    apply(next);
  };

  read(true);
  window.addEventListener('popstate', () => read(false));
  block.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    const next = flipSwitch(state, blockId, e.target, data);
    if (next) push(next);
  });
  controls.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    // Select all and Clear exist only when the companies fold into a disclosure: no button is neither.
    if (!button) return;
    if (button === control('allCompanies')) push(choose(state, { companies: null }, data));
    else if (button === control('noCompanies')) {
      state = clearCompanies(state);
      renderControls();
    }
  });
  controls.addEventListener('change', (e) => {
    if (e.target === highlightSelect) return push(choose(state, { highlight: highlightSelect.value || null }, data));
    // The newest year is the default: it stays out of the URL.
    if (yearSelect && e.target === yearSelect) return push(choose(state, { year: yearSelect.value || null }, data));
    if (e.target instanceof HTMLInputElement && companyBoxes.includes(e.target))
      push(toggleCompany(state, e.target.value, data));
  });
  companyFieldset.disabled = false;
  highlightSelect.disabled = false;
  if (yearSelect) yearSelect.disabled = false;
  writeData(controls, 'overviewControls', 'ready');
}
