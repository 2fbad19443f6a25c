/**
 * A DOM for the renderer where there is no browser: happy-dom's window, installed as the globals React DOM and
 * Recharts read, with React DOM loaded once it is in place (it reads its environment when it loads). The build
 * (./node.ts) and the edge host (./edge.ts) both draw in it, each with the window class its runtime allows:
 * happy-dom's Window runs scripts in a Node VM context, which workerd does not have, and its GlobalWindow (the
 * same DOM, with the runtime's own global as its context) does not need one.
 */
import type { Window } from 'happy-dom';
import type { RenderDom } from '../host';

/** The browser globals React DOM and Recharts read, taken from happy-dom's window. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'SVGElement',
  'Element',
  'Node',
  'MutationObserver',
] as const;

function install(window: Window): void {
  // Defined, not assigned: Node 21 and later have a navigator of their own, as a getter without a setter.
  const define = (name: string, value: unknown) =>
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  for (const name of BROWSER_GLOBALS) define(name, Reflect.get(window, name));
  define('getComputedStyle', window.getComputedStyle.bind(window));
  define('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0));
  define('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  // Charts are drawn at fixed sizes: nothing to observe.
  define(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

let dom: Promise<RenderDom> | undefined;

/** The DOM the renderer draws in, made once from the window `open` returns. */
export function happyDom(open: () => Window): Promise<RenderDom> {
  dom ??= (async () => {
    const window = open();
    install(window);
    const [{ createRoot }, { flushSync }] = await Promise.all([import('react-dom/client'), import('react-dom')]);
    // eslint-disable-next-line no-restricted-syntax -- happy-dom implements the DOM standard in classes of its own, which TypeScript's DOM types do not name; React DOM and Recharts use it as the standard's Document.
    const document = window.document as unknown as Document;
    return { document, createRoot, flushSync };
  })();
  return dom;
}
