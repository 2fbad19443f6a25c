/**
 * Fills a page's ignored-values notice (components/site/IgnoredParamsNotice.tsx)
 * from its template: the text is set as text, so nothing from the URL becomes markup.
 */
import { select } from '@/lib/markup-contract';
import { type IgnoredParam, describeIgnored } from '@/lib/url/url-state';

export function showIgnored(host: Element | null, ignored: readonly IgnoredParam[]): void {
  const slot = host?.querySelector<HTMLElement>(select('noticeSlot'));
  const template = host?.querySelector<HTMLTemplateElement>(`template${select('noticeTemplate')}`);
  if (!slot || !template) return;
  if (ignored.length === 0) return slot.replaceChildren();
  const notice = template.content.firstElementChild?.cloneNode(true);
  if (!(notice instanceof HTMLElement)) return;
  const text = notice.querySelector(select('noticeText'));
  if (text) text.textContent = describeIgnored(ignored);
  notice.querySelector(select('noticeDismiss'))?.addEventListener('click', () => slot.replaceChildren());
  slot.replaceChildren(notice);
}
