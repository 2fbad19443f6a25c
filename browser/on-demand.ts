/**
 * The renderer, loaded on demand: the page script stays small, and the code
 * that draws a view and makes its files (browser/on-demand/, bundled
 * separately by scripts/build-page-script.ts) is fetched the first time a
 * reader asks for something the build did not draw. Each part loads once;
 * one that fails to load is tried again on the next request.
 */
import type * as Cite from './on-demand/cite';
import type * as Files from './on-demand/files';
import type * as View from './on-demand/view';

interface OnDemand {
  view: typeof View;
  files: typeof Files;
  cite: typeof Cite;
}

/** The bundles' addresses, written into the page script when it is built. */
declare const ON_DEMAND_URLS: Record<keyof OnDemand, string>;

const loaded = new Map<keyof OnDemand, Promise<unknown>>();

export function loadOnDemand<K extends keyof OnDemand>(name: K): Promise<OnDemand[K]> {
  let module = loaded.get(name);
  if (!module) {
    module = import(ON_DEMAND_URLS[name]);
    module.catch(() => loaded.delete(name));
    loaded.set(name, module);
  }
  return module as Promise<OnDemand[K]>;
}

/** Resolves after the browser has painted: work started then does not hold up the paint that answers a click. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
