/**
 * A page as it stood on a day (`?asof=YYYY-MM-DD`), loaded on demand by the page script when the address asks
 * for one. The page is today's, as the build wrote it; this shows it as of the day:
 *  - what depends on the day is rendered once per window of days (lib/dataset/windows.ts): the variants whose
 *    window holds the day are shown, the others hidden, and what only today's data can say is hidden (./windows.ts);
 *  - each chart block not driven by the overview's controls is drawn as of the day (./show-view.ts, on demand),
 *    in the newest of its editions it had by then, or hidden if it had nothing to draw;
 *  - the banner says which day, with a link to today's page; the date control shows the day.
 * A malformed day, or one outside the data's span, is dropped with the notice, and the address cleaned.
 * The overview's own chart follows its controls (./overview.ts), which read the day with the rest of the URL.
 */
import { showIgnored } from '@/browser/notice';
import { vocabulary } from '@/browser/vocabulary';
import { showWindows } from '@/browser/windows';
import { CLASS, readData, select, writeData } from '@/lib/markup-contract';
import type { UrlState } from '@/lib/url/params';
import { formatDay, parseUrlState } from '@/lib/url/url-state';
import { parseView } from '@/lib/url/view';
import { editionOn, stateAsOf } from '@/lib/url/view-as-of';

/**
 * Draws the page as it stood on the URL's day. `showView` is handed in by the page script, which has it: importing
 * it here would close a loop through the on-demand loader that names this module.
 */
export function startAsOf(showView: (block: HTMLElement, state: UrlState) => Promise<void>): void {
  const overview = document.querySelector(select('overviewControls'));
  const { state, ignored } = parseUrlState(window.location.search, ['asof'], vocabulary, { notRead: () => '' });
  const problems = ignored.filter((i) => i.key === 'asof');
  const day = state.asof;
  const control = document.querySelector<HTMLFormElement>(`form${select('control', 'asof')}`);
  if (!day) {
    // The overview's controls say what they dropped, the day among it; elsewhere the date control does.
    if (!overview) showIgnored(control?.querySelector(select('noticeHost')) ?? null, problems);
    const url = new URL(window.location.href);
    url.searchParams.delete('asof');
    window.history.replaceState(null, '', url);
    return;
  }
  const root = document.documentElement;
  writeData(root, 'asOfDay', day);
  showWindows(document, day);

  const banner = document.querySelector<HTMLElement>(select('asOfBanner'));
  if (banner) {
    const time = banner.querySelector(select('asOfDay'));
    if (time) {
      time.textContent = formatDay(day);
      time.setAttribute('datetime', day);
    }
    const today = banner.querySelector<HTMLAnchorElement>(select('asOfToday'));
    if (today) {
      const url = new URL(window.location.href);
      url.searchParams.delete('asof');
      today.href = `${url.pathname}${url.search}`;
    }
    banner.hidden = false;
  }
  const input = control?.querySelector<HTMLInputElement>('input[name="asof"]');
  if (input) input.value = day;

  const driven = overview ? readData(overview, 'blockId') : null;
  for (const block of document.querySelectorAll<HTMLElement>(`.${CLASS.chartBlock}`)) {
    // The overview's controls and an embed's own script draw their block as of the day themselves.
    if (block.id === driven || block.closest(select('embedReads'))) continue;
    const variant = block.querySelector(`.${CLASS.variant}`);
    const view = variant ? parseView(readData(variant, 'view') ?? '', vocabulary) : null;
    const edition = editionOn(readData(block, 'editionsFrom'), day);
    if (!view || edition === null || block.hidden) {
      block.hidden = true;
      continue;
    }
    showView(block, stateAsOf(view, edition ?? view.edition, day)).catch(() => {
      block.hidden = true;
    });
  }
}
