/**
 * For tests only: CSL-JSON rendered in APA by citeproc-js itself (the CSL
 * processor Zotero and Mendeley use), outside Citation.js, with the APA 7
 * style and en-US locale the Citation.js CSL plugin ships. What a reader's
 * reference manager would print from our CSL-JSON download.
 */
import { createRequire } from 'node:module';
import type { CslItem } from '../items';

const require = createRequire(import.meta.url);

interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
}

const byId = new Map<string, CslItem>();
let engine: Engine | undefined;

/** The bibliography as plain text, one entry per line (tags dropped, entities decoded). */
export function citeprocApa(items: readonly CslItem[]): string {
  if (!engine) {
    // citeproc-js ships no types: this is the one constructor the test uses.
    const CSL = require('citeproc') as { Engine: new (sys: object, style: string, lang: string) => Engine };
    const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
    const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
    engine = new CSL.Engine(
      { retrieveLocale: (lang: string) => locales[lang], retrieveItem: (id: string) => byId.get(id) },
      styles.apa ?? '',
      'en-US',
    );
  }
  byId.clear();
  for (const i of items) byId.set(i.id, i);
  engine.updateItems(items.map((i) => i.id));
  const [, entries] = engine.makeBibliography();
  return entries
    .map((e) =>
      e
        .replace(/<[^>]+>/g, '')
        .replace(/&#60;/g, '<')
        .replace(/&#62;/g, '>')
        .replace(/&#38;|&amp;/g, '&')
        .trim(),
    )
    .join('\n');
}
