/**
 * Citations rendered once, at build, by Citation.js (@citation-js/core with
 * its CSL and BibTeX plugins; the CSL plugin runs citeproc-js, the reference
 * CSL processor): APA 7 (bundled with the plugin), Chicago author-date (the
 * CSL project's style, from the style-chicago package) and BibTeX, all from
 * the same CSL-JSON items (lib/citations/items.ts). The access date in them is
 * the sentinel of lib/citations/access-date.ts; the markup marks it for the
 * page script to replace with the reader's today. Runs at build, and in the
 * browser for a view drawn on demand (browser/on-demand/cite.ts), when its
 * Cite is first opened.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import chicagoAuthorDate from 'style-chicago';
import type { CslItem } from './items';
import { CITATION_STYLES, type CitationStyle, type RenderedCitation, SENTINEL } from './rendered-citation';

let configured = false;
function configure(): void {
  if (configured) return;
  // citeproc-js takes the style's JSON form as it takes its XML.
  plugins.config.get('@csl').styles.add('chicago-author-date', chicagoAuthorDate as unknown as string);
  // The BibTeX key is the item's id: stable, and the same in every download.
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  configured = true;
}

const cache = new Map<string, RenderedCitation>();

export function renderCitation(items: CslItem[]): RenderedCitation {
  const cacheKey = JSON.stringify(items);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  configure();
  const cite = new Cite(items);
  const html = {} as Record<CitationStyle, string>;
  const text = {} as Record<CitationStyle, string>;
  for (const [style, { template }] of Object.entries(CITATION_STYLES) as [
    CitationStyle,
    (typeof CITATION_STYLES)[CitationStyle],
  ][]) {
    html[style] = (cite.format('bibliography', { format: 'html', template, lang: 'en-US' }) as string)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
    text[style] = (cite.format('bibliography', { format: 'text', template, lang: 'en-US' }) as string).trim();
    if (!text[style].includes(SENTINEL.long))
      throw new Error(`The ${style} citation of ${items[0]!.id} does not print its access date.`);
  }
  const bibtex = (cite.format('bibtex') as string).trim();
  if (!bibtex.includes(SENTINEL.iso)) throw new Error(`The BibTeX of ${items[0]!.id} does not print its access date.`);
  const rendered = { html, text, bibtex, items };
  cache.set(cacheKey, rendered);
  return rendered;
}
