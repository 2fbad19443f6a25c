/**
 * Citations are rendered at build (components/citations/CiteAction.tsx); the
 * access date in them is the reader's today, so it is set here: in every
 * <time data-accessed> and in every CSL-JSON download, in `root` and in the
 * <template>s under it (the other highlights' actions, cloned in later).
 */
import { ACCESS_DATE_FORMS, CSL_JSON_TYPE, formatAccessDate, isoDay } from '@/lib/citations/access-date';
import type { CslItem } from '@/lib/citations/items';
import { readData, select } from '@/lib/markup-contract';

const CSL_PREFIX = `data:${CSL_JSON_TYPE};charset=utf-8,`;

function fill(root: ParentNode, today: Date): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>(`time${select('accessed')}`)) {
    const form = ACCESS_DATE_FORMS.find((f) => f === readData(time, 'accessed'));
    if (!form) continue;
    time.textContent = formatAccessDate(today, form);
    time.dateTime = isoDay(today);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>(`a${select('cslDownload')}`)) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith(CSL_PREFIX)) continue;
    // The page's own download link, written by components/citations/CiteAction.tsx from CslItem[].
    const items = JSON.parse(decodeURIComponent(href.slice(CSL_PREFIX.length))) as CslItem[];
    const accessed = { 'date-parts': [[today.getFullYear(), today.getMonth() + 1, today.getDate()]] };
    link.setAttribute(
      'href',
      CSL_PREFIX + encodeURIComponent(JSON.stringify(items.map((item) => ({ ...item, accessed })))),
    );
  }
  for (const template of root.querySelectorAll('template')) fill(template.content, today);
}

export function fillAccessDates(root: ParentNode, today = new Date()): void {
  fill(root, today);
}
