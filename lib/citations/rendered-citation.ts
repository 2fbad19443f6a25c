/**
 * A rendered citation as markup (components/citations/CiteAction.tsx shows it):
 * the styles, where the access date is, and the CSL-JSON download. Free of
 * Citation.js (lib/citations/render.ts renders), so the markup can be written
 * where the citation is not rendered yet.
 */
import { ACCESS_DATE_SENTINEL, type AccessDateForm, formatAccessDate } from './access-date';
import { dataAttribute } from '../markup-contract';
import type { CslItem } from './items';

export const CITATION_STYLES = {
  apa: { label: 'APA', template: 'apa' },
  chicago: { label: 'Chicago', template: 'chicago-author-date' },
} as const;
export type CitationStyle = keyof typeof CITATION_STYLES;

export interface RenderedCitation {
  /** Each style's bibliography as HTML (italics kept), one .csl-entry per item. */
  html: Record<CitationStyle, string>;
  /** The same as plain text, one item per line: what a CSL processor prints. */
  text: Record<CitationStyle, string>;
  bibtex: string;
  items: CslItem[];
}

/** How each output prints the sentinel access date, to find and mark it. */
export const SENTINEL: Record<AccessDateForm, string> = {
  long: formatAccessDate(ACCESS_DATE_SENTINEL, 'long'),
  iso: formatAccessDate(ACCESS_DATE_SENTINEL, 'iso'),
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The access date, wherever `html` prints it, as <time data-accessed="form">
 * showing `shown` (the build's date, until the page script sets the reader's).
 */
export function markAccessDates(html: string, shown: Date): string {
  let out = html;
  for (const form of Object.keys(SENTINEL) as AccessDateForm[]) {
    out = out
      .split(SENTINEL[form])
      .join(
        `<time ${dataAttribute('accessed')}="${form}" datetime="${formatAccessDate(shown, 'iso')}">${formatAccessDate(shown, form)}</time>`,
      );
  }
  return out;
}

/** BibTeX as HTML text, its access date marked. */
export function bibtexHtml(bibtex: string, shown: Date): string {
  return markAccessDates(escapeHtml(bibtex), shown);
}

/** The items with `accessed` set to `date`: what the CSL-JSON download holds. */
export function withAccessDate(items: readonly CslItem[], date: Date): CslItem[] {
  return items.map((i) => ({
    ...i,
    accessed: { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] },
  }));
}
