/**
 * The renderer's host at build (Node): a DOM from happy-dom, in which React and Recharts draw, resvg's native
 * binding with the export font's files, and the colour tokens read from app/globals.css. The browser host
 * (./browser.ts) gives the same inputs to the same renderer. The one module of the renderer that uses Node:
 * the import rules (.dependency-cruiser.cjs) keep it out of everything the browser loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Window } from 'happy-dom';
import { EXPORT_FONT_FILES } from '@/lib/export-font';
import { parseThemeTokens } from '@/lib/theme/tokens';
import type { ExportKit, RenderDom, RendererHost } from '../host';
import { createRaster } from '../raster';

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

let window: Window | undefined;

/** happy-dom's document, installed as the globals React DOM reads. */
function installDom(): Window {
  if (window) return window;
  window = new Window({ url: 'http://localhost/', width: 1920, height: 1080 });
  // Defined, not assigned: Node 21 and later have a navigator of their own, as a getter without a setter.
  const install = (name: string, value: unknown) =>
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  for (const name of BROWSER_GLOBALS) install(name, Reflect.get(window, name));
  install('getComputedStyle', window.getComputedStyle.bind(window));
  install('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0));
  install('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  // Charts are drawn at fixed sizes: nothing to observe.
  install(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return window;
}

/** The export font's files, as the build cut them (scripts/make-font.ts). */
export function exportFontFiles(): string[] {
  return Object.values(EXPORT_FONT_FILES).map((f) => path.resolve(f));
}

let dom: Promise<RenderDom> | undefined;

/** The DOM the renderer draws in at build, with React DOM loaded once it is in place. */
export function nodeDom(): Promise<RenderDom> {
  dom ??= (async () => {
    const installed = installDom();
    const [{ createRoot }, { flushSync }] = await Promise.all([import('react-dom/client'), import('react-dom')]);
    // eslint-disable-next-line no-restricted-syntax -- happy-dom implements the DOM standard in classes of its own, which TypeScript's DOM types do not name; React DOM and Recharts use it as the standard's Document.
    const document = installed.document as unknown as Document;
    return { document, createRoot, flushSync };
  })();
  return dom;
}

let kit: Promise<ExportKit> | undefined;

/** Everything making a file takes, at build. */
export function nodeExportKit(): Promise<ExportKit> {
  kit ??= (async () => ({
    dom: await nodeDom(),
    raster: createRaster(Resvg, { fontFiles: exportFontFiles(), loadSystemFonts: false }),
    tokens: parseThemeTokens(readFileSync('app/globals.css', 'utf8')),
  }))();
  return kit;
}

/** The renderer's host at build. */
export async function nodeHost(): Promise<RendererHost> {
  return { dom: await nodeDom(), exportKit: nodeExportKit };
}
