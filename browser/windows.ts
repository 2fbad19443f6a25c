/**
 * Shows, inside `root`, what was true on `day`: each element with a window of days (lib/markup-contract.ts's
 * shownFrom and shownUntil) is shown if the window holds the day and hidden if not, and what only today's data
 * can say (todayOnly) is hidden. Used by a page as of a day (./as-of.ts) and by the cards it fetches then.
 */
import { dataAttribute, readData, select } from '@/lib/markup-contract';

export function showWindows(root: ParentNode, day: string): void {
  const windowed = root.querySelectorAll<HTMLElement>(`${select('shownFrom')}, ${select('shownUntil')}`);
  for (const el of windowed) {
    const from = readData(el, 'shownFrom');
    const until = readData(el, 'shownUntil');
    el.hidden = (from !== null && day < from) || (until !== null && day >= until);
  }
  for (const el of root.querySelectorAll<HTMLElement>(select('todayOnly'))) el.hidden = true;
}

/** The day the page is shown as of (./as-of.ts marks the document), or null for today's page. */
export function pageDay(): string | null {
  return document.documentElement.getAttribute(dataAttribute('asOfDay'));
}
