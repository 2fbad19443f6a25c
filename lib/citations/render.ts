/**
 * Citations rendered once, at build, by Citation.js (@citation-js/core with
 * its CSL and BibTeX plugins; the CSL plugin runs citeproc-js, the reference
 * CSL processor): APA 7 (bundled with the plugin), Chicago author-date (the
 * CSL project's style, from the style-chicago package) and BibTeX, all from
 * the same CSL-JSON items (lib/citations/items.ts). The access date in them is
 * the sentinel of lib/citations/access-date.ts; the markup marks it for the
 * page script to replace with the reader's today. Runs at build, and in the
 * browser for a view drawn on demand (browser/on-demand/render-cite.tsx), when its
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
  plugins.config
    .get('@csl')
    // eslint-disable-next-line no-restricted-syntax -- citeproc-js takes the style's JSON form as it takes its XML; the CSL plugin's types know only the XML (a string).
    .styles.add('chicago-author-date', chicagoAuthorDate as unknown as string);
  // The BibTeX key is the item's id: stable, and the same in every download.
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  configured = true;
}

/** What a Citation.js formatter gave, which for these outputs is text. */
function text(output: unknown, what: string): string {
  if (typeof output !== 'string') throw new Error(`Citation.js gave no text for ${what}`);
  return output;
}

const cache = new Map<string, RenderedCitation>();

/** One value per citation style: adding a style to CITATION_STYLES is a compile error here until it is rendered. */
function byStyle(render: (style: CitationStyle) => string): Record<CitationStyle, string> {
  return { apa: render('apa'), chicago: render('chicago') };
}

export function renderCitation(items: CslItem[]): RenderedCitation {
  const cacheKey = JSON.stringify(items);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  configure();
  const cite = new Cite(items);
  const id = items[0]?.id ?? 'the citation';
  const bibliography = (style: CitationStyle, format: 'html' | 'text') =>
    text(
      cite.format('bibliography', { format, template: CITATION_STYLES[style].template, lang: 'en-US' }),
      `${style} as ${format}`,
    );
  const html = byStyle((style) =>
    bibliography(style, 'html')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
  );
  const plain = byStyle((style) => {
    const printed = bibliography(style, 'text').trim();
    if (!printed.includes(SENTINEL.long))
      throw new Error(`The ${style} citation of ${id} does not print its access date.`);
    return printed;
  });
  const bibtex = text(cite.format('bibtex'), 'BibTeX').trim();
  if (!bibtex.includes(SENTINEL.iso)) throw new Error(`The BibTeX of ${id} does not print its access date.`);
  const rendered = { html, text: plain, bibtex, items };
  cache.set(cacheKey, rendered);
  return rendered;
}
