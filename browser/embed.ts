/**
 * The embed page's state from its URL (app/embed/[chart]/page.tsx): theme (applied before paint by the page's
 * inline script; checked here), and the chart's view — companies, basis, highlight, chart or table — through
 * the same showView as the overview (as of a day, if it asks), drawn on demand where the build did not. Values the embed does not read,
 * or does not know, are dropped with the same notice. The link back to the full view carries the view. The
 * page's height is posted to the parent, so a host page can size the iframe to fit.
 */
import { showIgnored } from '@/browser/notice';
import { showView } from '@/browser/show-view';
import { vocabulary } from '@/browser/vocabulary';
import { EMBED_HEIGHT_MESSAGE } from '@/lib/embeds/sizing';
import { CLASS, readData, select } from '@/lib/markup-contract';
import { PARAM_NAMES, embedNotRead } from '@/lib/url/params';
import { parseUrlState } from '@/lib/url/url-state';
import { parseView, viewOf, viewQuery } from '@/lib/url/view';

export function startEmbed(main: HTMLElement): void {
  const named = (readData(main, 'embedReads') ?? '').split(' ');
  const reads = PARAM_NAMES.filter((name) => named.includes(name));
  const { state, ignored } = parseUrlState(window.location.search, reads, vocabulary, { notRead: embedNotRead });
  const root = document.documentElement;
  if (state.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = state.theme;

  const notice = main.querySelector(select('noticeHost'));
  showIgnored(notice, ignored);
  const block = main.querySelector<HTMLElement>(`.${CLASS.chartBlock}`);
  if (block) {
    showView(block, state).catch(() => {
      // What the build did not draw, and so what could not be drawn here: a company filter, a day, a highlight.
      const dropped = state.companies
        ? { key: 'companies', value: state.companies.join(',') }
        : state.asof
          ? { key: 'asof', value: state.asof }
          : { key: 'highlight', value: state.highlight ?? '' };
      showIgnored(notice, [...ignored, { ...dropped, reason: 'could not be drawn' }]);
    });
  }

  // The link back to the full view: the view the embed shows, its year named (the embed's path names it).
  const back = main.querySelector<HTMLAnchorElement>(`a${select('fullView')}`);
  const first = block?.querySelector(`.${CLASS.variant}`);
  const shown = first ? parseView(readData(first, 'view') ?? '', vocabulary) : null;
  if (back && shown) {
    const url = new URL(back.getAttribute('href') ?? '/', window.location.href);
    // The basis of the view, only where the embed reads it: the link then opens what the reader saw.
    const basis = reads.includes('basis') ? state.basis : shown.options.basis;
    const view = viewOf(shown.chart, { ...state, year: shown.edition, basis }, vocabulary);
    // The overview's main chart carries its view in the query; any other chart is at its anchor, with its day.
    const main = url.pathname === '/' && url.searchParams.has('year');
    url.search = main ? viewQuery(view) : view.options.asof ? `?asof=${view.options.asof}` : '';
    back.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }

  // The content's own height (the page's body is at least the frame's height, so it could never shrink),
  // posted whenever it changes: on load, when the host resizes the frame's width, when the view switches.
  let posted = 0;
  const post = () => {
    const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
    if (height === posted || window.parent === window) return;
    posted = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(main);
  root.dataset.embed = 'ready';
}
