/**
 * Citations rendered once, at build, by Citation.js (@citation-js/core with
 * its CSL and BibTeX plugins; the CSL plugin runs citeproc-js, the reference
 * CSL processor): APA 7 (bundled with the plugin), Chicago author-date (the
 * CSL project's style, from the style-chicago package) and BibTeX, all from
 * the same CSL-JSON items (lib/citations/items.ts). The access date in them is
 * the sentinel of lib/citations/access-date.ts; the markup marks it for the
 * page script to replace with the reader's today.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import chicagoAuthorDate from 'style-chicago';
import { ACCESS_DATE_SENTINEL, type AccessDateForm, formatAccessDate } from './access-date';
import type { CslItem } from './items';

export const CITATION_STYLES = {
  apa: { label: 'APA', template: 'apa' },
  chicago: { label: 'Chicago', template: 'chicago-author-date' },
} as const;
export type CitationStyle = keyof typeof CITATION_STYLES;

let configured = false;
function configure(): void {
  if (configured) return;
  // citeproc-js takes the style's JSON form as it takes its XML.
  plugins.config.get('@csl').styles.add('chicago-author-date', chicagoAuthorDate as unknown as string);
  // The BibTeX key is the item's id: stable, and the same in every download.
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  configured = true;
}

export interface RenderedCitation {
  /** Each style's bibliography as HTML (italics kept), one .csl-entry per item. */
  html: Record<CitationStyle, string>;
  /** The same as plain text, one item per line: what a CSL processor prints. */
  text: Record<CitationStyle, string>;
  bibtex: string;
  items: CslItem[];
}

/** How each output prints the sentinel access date, to find and mark it. */
const SENTINEL: Record<AccessDateForm, string> = {
  long: formatAccessDate(ACCESS_DATE_SENTINEL, 'long'),
  iso: formatAccessDate(ACCESS_DATE_SENTINEL, 'iso'),
};

const cache = new Map<string, RenderedCitation>();

export function renderCitation(items: CslItem[]): RenderedCitation {
  const cacheKey = JSON.stringify(items);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  configure();
  const cite = new Cite(items);
  const html = {} as Record<CitationStyle, string>;
  const text = {} as Record<CitationStyle, string>;
  for (const [style, { template }] of Object.entries(CITATION_STYLES) as [CitationStyle, (typeof CITATION_STYLES)[CitationStyle]][]) {
    html[style] = (cite.format('bibliography', { format: 'html', template, lang: 'en-US' }) as string)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
    text[style] = (cite.format('bibliography', { format: 'text', template, lang: 'en-US' }) as string).trim();
    if (!text[style].includes(SENTINEL.long)) throw new Error(`The ${style} citation of ${items[0]!.id} does not print its access date.`);
  }
  const bibtex = (cite.format('bibtex') as string).trim();
  if (!bibtex.includes(SENTINEL.iso)) throw new Error(`The BibTeX of ${items[0]!.id} does not print its access date.`);
  const rendered = { html, text, bibtex, items };
  cache.set(cacheKey, rendered);
  return rendered;
}

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
    out = out.split(SENTINEL[form]).join(`<time data-accessed="${form}" datetime="${formatAccessDate(shown, 'iso')}">${formatAccessDate(shown, form)}</time>`);
  }
  return out;
}

/** BibTeX as HTML text, its access date marked. */
export function bibtexHtml(bibtex: string, shown: Date): string {
  return markAccessDates(escapeHtml(bibtex), shown);
}

/** The items with `accessed` set to `date`: what the CSL-JSON download holds. */
export function withAccessDate(items: readonly CslItem[], date: Date): CslItem[] {
  return items.map((i) => ({ ...i, accessed: { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] } }));
}
