/**
 * The embed page's state from its URL (app/embed/[chart]/page.tsx): theme
 * (applied before paint by the page's inline script; checked here), and the
 * chart's view — companies, basis, highlight, chart or table — through the
 * same showView as the overview, drawn on demand where the build did not.
 * Values the embed does not read, or does not know, are dropped with the same
 * notice. The link back to the full view carries the view. The page's height
 * is posted to the parent, so a host page can size the iframe to fit.
 */
import { showIgnored } from '@/browser/notice';
import { showView } from '@/browser/show-view';
import { vocabulary } from '@/browser/vocabulary';
import { EMBED_HEIGHT_MESSAGE } from '@/lib/embeds/sizing';
import { CLASS, readData, select } from '@/lib/markup-contract';
import { type ParamName, embedNotRead } from '@/lib/url/params';
import { parseViewState, serializeViewState } from '@/lib/url/view-state';

export function startEmbed(main: HTMLElement): void {
  const reads = (readData(main, 'embedReads') ?? '').split(' ') as ParamName[];
  const { state, ignored } = parseViewState(window.location.search, reads, vocabulary, { notRead: embedNotRead });
  const root = document.documentElement;
  if (state.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = state.theme;

  const notice = main.querySelector(select('noticeHost'));
  showIgnored(notice, ignored);
  const block = main.querySelector<HTMLElement>(`.${CLASS.chartBlock}`);
  if (block) {
    showView(block, state).catch(() => {
      const dropped = state.companies
        ? { key: 'companies', value: state.companies.join(',') }
        : { key: 'highlight', value: state.highlight ?? '' };
      showIgnored(notice, [...ignored, { ...dropped, reason: 'could not be drawn' }]);
    });
  }

  const back = main.querySelector<HTMLAnchorElement>(`a${select('fullView')}`);
  if (back) {
    const url = new URL(back.getAttribute('href')!, window.location.href);
    // The build's link names the embed's year (its edition), which the embed's own URL leaves to its path.
    const year = url.searchParams.get('year');
    url.search = serializeViewState({
      year,
      companies: state.companies,
      basis: reads.includes('basis') ? state.basis : null,
      highlight: state.highlight,
    });
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
