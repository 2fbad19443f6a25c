/**
 * How the renderer turns React into markup, in either host: it renders into a
 * detached element of the host's document with React DOM (Recharts draws only
 * in a DOM: recharts/recharts#5997), synchronously, and writes the result out
 * with renderer/serialize.ts. At build the document is happy-dom's
 * (scripts/lib/node-host.ts); in the browser it is the page's
 * (browser/on-demand/host.ts).
 */
import type { ReactElement } from 'react';
import type { flushSync } from 'react-dom';
import type { createRoot } from 'react-dom/client';
import { serializeChildren } from './serialize';

/**
 * The DOM a host lends the renderer, with React DOM as loaded there: at build, React DOM must be loaded
 * after happy-dom is installed (it reads its environment when it loads), so the host loads it.
 */
export interface RenderDom {
  document: Document;
  createRoot: typeof createRoot;
  flushSync: typeof flushSync;
}

export interface Rendered {
  /** The element React rendered into; edit it, then read it. */
  container: HTMLElement;
  /** Unmounts the tree; the markup read before stays valid. */
  dispose(): void;
}

/** Renders `element` into a detached container, synchronously (effects included). */
export function renderInto(dom: RenderDom, element: ReactElement): Rendered {
  const container = dom.document.createElement('div');
  const root = dom.createRoot(container);
  dom.flushSync(() => root.render(element));
  return { container, dispose: () => root.unmount() };
}

/** `element` as markup. */
export function renderMarkup(dom: RenderDom, element: ReactElement): string {
  const rendered = renderInto(dom, element);
  try {
    return serializeChildren(rendered.container);
  } finally {
    rendered.dispose();
  }
}
