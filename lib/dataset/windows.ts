/**
 * A page as it stood on any day, without a server: where what a page says depends on the day (a company's
 * latest plan, the figures stated by then), it renders one variant per window of days over which the answer
 * holds, each marked with its window (lib/markup-contract.ts's shownFrom and shownUntil). Today's variant is
 * shown; a page as of a day (browser/as-of.ts) shows the variant whose window holds that day. The windows
 * change only on days something was stated, so their number grows with the statements, linearly.
 */
import { datasetAsOf, statementDays } from './claims';
import type { Dataset, Figure } from './schema';

export interface Window<T> {
  /** The first day it holds (a statement's day). */
  from: string;
  /** The day it stops holding (the next change), or null: it holds today. */
  until: string | null;
  value: T;
}

/**
 * What `of` says of the dataset as it stood on each day something `relevant` was stated, merged where it says
 * the same (compared by `key`), oldest first; days on which `of` says nothing (undefined) start no window.
 */
export function windowsOf<T>(
  ds: Dataset,
  of: (asOf: Dataset) => T | undefined,
  key: (value: T) => string,
  relevant?: (f: Figure) => boolean,
): Window<T>[] {
  const windows: Window<T>[] = [];
  let last: { key: string; window: Window<T> } | null = null;
  for (const day of statementDays(ds, relevant)) {
    const value = of(datasetAsOf(ds, day));
    const k = value === undefined ? null : key(value);
    if (last && k === last.key) continue;
    if (last) last.window.until = day;
    if (value === undefined || k === null) {
      last = null;
      continue;
    }
    const window: Window<T> = { from: day, until: null, value };
    windows.push(window);
    last = { key: k, window };
  }
  return windows;
}

/** Whether a window holds a day (null: today). */
export function holds(window: { from: string | null; until: string | null }, day: string | null): boolean {
  if (day === null) return window.until === null;
  return (window.from === null || window.from <= day) && (window.until === null || day < window.until);
}
