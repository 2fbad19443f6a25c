/**
 * The renderer, loaded on demand: the page script stays small, and the code
 * that draws a view and makes its files (browser/on-demand/, bundled
 * separately by scripts/build-page-script.ts) is fetched the first time a
 * reader asks for something the build did not draw. Each part loads once;
 * one that fails to load is tried again on the next request.
 */
import type * as AsOf from './as-of';
import type * as Cards from './citation-cards';
import type * as Cite from './on-demand/render-cite';
import type * as Files from './on-demand/make-file';
import type * as View from './on-demand/render-view';

interface OnDemand {
  view: typeof View;
  files: typeof Files;
  cite: typeof Cite;
  cards: typeof Cards;
  asof: typeof AsOf;
}

/** Each bundle's address and the chunks it imports, written into the page script when it is built. */
declare const ON_DEMAND_URLS: Record<keyof OnDemand, { src: string; chunks: string[] }>;

const loaded = new Map<keyof OnDemand, Promise<unknown>>();
const preloaded = new Set<string>();

export function loadOnDemand<K extends keyof OnDemand>(name: K): Promise<OnDemand[K]> {
  let module = loaded.get(name);
  if (!module) {
    const { src, chunks } = ON_DEMAND_URLS[name];
    // Asked for all at once: the entry's imports would otherwise be found only once it has arrived.
    for (const chunk of chunks) {
      if (preloaded.has(chunk)) continue;
      preloaded.add(chunk);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = chunk;
      document.head.append(link);
    }
    module = import(src);
    module.catch(() => loaded.delete(name));
    loaded.set(name, module);
  }
  return module as Promise<OnDemand[K]>;
}

/** Resolves after the browser has painted: work started then does not hold up the paint that answers a click. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
