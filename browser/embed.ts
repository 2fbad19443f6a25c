/**
 * The embed page's state from its URL (app/embed/[chart]/page.tsx): theme
 * (applied before paint by the page's inline script; checked here), and the
 * chart's view through the same applyView as the overview. Values the embed
 * does not read, or does not know, are dropped with the same notice. The link
 * back to the full view carries the view. The page's height is posted to the
 * parent, so a host page can size the iframe to fit.
 */
import { applyView } from '@/browser/apply-view';
import { showIgnored } from '@/browser/notice';
import { EMBED_HEIGHT_MESSAGE } from '@/lib/charts/embed-sizing';
import { type ParamName, embedNotRead } from '@/lib/url/params';
import { parseViewState, serializeViewState } from '@/lib/url/view-state';

export function startEmbed(main: HTMLElement): void {
  const reads = (main.dataset.embedReads ?? '').split(' ') as ParamName[];
  const { state, ignored } = parseViewState(window.location.search, reads, { notRead: embedNotRead });
  const root = document.documentElement;
  if (state.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = state.theme;

  const block = main.querySelector<HTMLElement>('.chart-block');
  if (block) void applyView(block, { ...state, companies: null });
  showIgnored(main.querySelector('[data-notice-host]'), ignored);

  const back = main.querySelector<HTMLAnchorElement>('a[data-full-view]');
  if (back) {
    const url = new URL(back.getAttribute('href')!, window.location.href);
    url.search = serializeViewState({ basis: reads.includes('basis') ? state.basis : null, highlight: state.highlight });
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
