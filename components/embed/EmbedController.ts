/**
 * The embed page's state from its URL: theme (applied before paint by the
 * page's inline script; checked here), Stargate basis, highlighted company
 * and chart/table view. Unknown values are dropped with a visible notice, as
 * text. The link back to the full view carries the same state. The page's
 * height is posted to the parent, so a host page can size the iframe to fit.
 *
 * Its settings come from the server-rendered slot it fills with the notice
 * (components/embed/EmbedNoticeSlot.tsx).
 */
import { describeIgnored, parseEmbedState } from '@/lib/embed-state';

export const EMBED_HEIGHT_MESSAGE = 'ai-capex:embed-height';

export function startEmbedController(slot: HTMLElement): void {
  const { blockId = '', fullViewPath = '/' } = slot.dataset;
  const comparesCompanies = slot.dataset.comparesCompanies === 'true';
  const { state, ignored } = parseEmbedState(window.location.search, comparesCompanies);
  const root = document.documentElement;
  if (state.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = state.theme;

  const block = document.getElementById(blockId);
  if (block) {
    const check = (name: string, value: string) => {
      const input = block.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    };
    check(`${blockId}-variant`, state.basis);
    check(`${blockId}-view`, state.view);
    block.querySelectorAll<SVGGElement>('.chart-row-group').forEach((g) => {
      if (state.highlight && g.dataset.entity !== state.highlight) g.setAttribute('data-dimmed', 'true');
      else g.removeAttribute('data-dimmed');
    });
  }

  if (ignored.length > 0) {
    const notice = document.createElement('p');
    notice.setAttribute('role', 'status');
    notice.className = 'notice mt-3';
    notice.dataset.notice = 'ignored-params';
    notice.textContent = describeIgnored(ignored);
    slot.replaceChildren(notice);
  }

  const back = document.querySelector<HTMLAnchorElement>('a[data-full-view]');
  if (back && comparesCompanies) {
    const params = new URLSearchParams();
    if (state.basis !== 'per-year') params.set('basis', state.basis);
    if (state.highlight) params.set('highlight', state.highlight);
    const query = params.toString();
    back.href = `${fullViewPath}${query ? `?${query}` : ''}`;
  }

  const post = () => window.parent !== window && window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(post).observe(document.body);
  root.dataset.embed = 'ready';
}
