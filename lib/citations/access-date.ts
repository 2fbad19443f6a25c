/**
 * The access date of a citation is the reader's today, known only in their
 * browser. Citations are rendered once, at build, with a sentinel access
 * date; its two printed forms are then marked up as <time data-accessed>
 * elements that the page script fills in with today (browser/access-dates.ts).
 * Both sides format dates with the functions below, so they cannot disagree.
 */

/** A date no citation can otherwise contain (the dataset is about 2025). */
export const ACCESS_DATE_SENTINEL = /* @__PURE__ */ new Date(1999, 11, 31);

/** How a style prints the access date: "November 24, 2026" (APA, Chicago) or "2026-11-24" (BibTeX). */
export type AccessDateForm = 'long' | 'iso';
export const ACCESS_DATE_FORMS: readonly AccessDateForm[] = ['long', 'iso'];

const long = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' });

/** The date in the reader's own time zone (the day they read the page). */
export function formatAccessDate(date: Date, form: AccessDateForm): string {
  if (form === 'long') return long.format(date);
  return isoDay(date);
}

/** "2026-11-24" in local time, for <time datetime> and BibTeX. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** CSL-JSON's form of a day. */
export function cslDate(date: Date): { 'date-parts': [[number, number, number]] } {
  return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

/** The media type of a CSL-JSON file (the Citation Style Language's registration). */
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json';
