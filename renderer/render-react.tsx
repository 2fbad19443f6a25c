/**
 * How the renderer turns React into markup, in either host: it renders into a detached element of the host's
 * document with React DOM (Recharts draws only in a DOM: recharts/recharts#5997), synchronously, and writes
 * the result out with ./serialize.ts. The document is the host's (./host.ts).
 */
import type { ReactElement } from 'react';
import type { RenderDom } from './host';
import { serializeChildren } from './serialize';

export interface Rendered {
  /** The element React rendered into; edit it, then read it. */
  container: HTMLElement;
  /** Unmounts the tree; the markup read before stays valid. */
  dispose: () => void;
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
