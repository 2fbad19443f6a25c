/**
 * The renderer's host at build (Node): a DOM from happy-dom, in which React
 * and Recharts draw (the browser host, browser/on-demand/host.ts, lends the
 * page's own), resvg's native binding with the export font's files, and the
 * colour tokens read from app/globals.css. The browser host gives the same
 * inputs to the same renderer (renderer/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Window } from 'happy-dom';
import { EXPORT_FONT_FILES } from '@/lib/export-font';
import { parseThemeTokens } from '@/lib/theme/tokens';
import type { ExportKit } from '@/renderer/export-svg';
import type { RenderDom } from '@/renderer/markup';
import { type ResvgLike, createRaster } from '@/renderer/raster';

let window: Window | undefined;

/** happy-dom's document, installed as the globals React DOM reads. */
function installDom(): Document {
  if (!window) {
    window = new Window({ url: 'http://localhost/', width: 1920, height: 1080 });
    const g = globalThis as Record<string, unknown>;
    for (const key of [
      'window',
      'document',
      'navigator',
      'HTMLElement',
      'SVGElement',
      'Element',
      'Node',
      'MutationObserver',
    ]) {
      g[key] = (window as unknown as Record<string, unknown>)[key];
    }
    g.getComputedStyle = window.getComputedStyle.bind(window);
    g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0);
    g.cancelAnimationFrame = (id: number) => clearTimeout(id);
    // Charts are drawn at fixed sizes: nothing to observe.
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  return window.document as unknown as Document;
}

/** The export font's files, as the build cut them (scripts/make-font.ts). */
export function exportFontFiles(): string[] {
  return Object.values(EXPORT_FONT_FILES).map((f) => path.resolve(f));
}

let dom: Promise<RenderDom> | undefined;

/** The DOM the renderer draws in at build, with React DOM loaded once it is in place. */
export function nodeDom(): Promise<RenderDom> {
  dom ??= (async () => {
    const document = installDom();
    const [{ createRoot }, { flushSync }] = await Promise.all([import('react-dom/client'), import('react-dom')]);
    return { document, createRoot, flushSync };
  })();
  return dom;
}

/** Everything making a file takes, at build. */
export async function nodeExportKit(): Promise<ExportKit> {
  return {
    dom: await nodeDom(),
    raster: createRaster(Resvg as unknown as ResvgLike, { fontFiles: exportFontFiles(), loadSystemFonts: false }),
    tokens: parseThemeTokens(readFileSync('app/globals.css', 'utf8')),
  };
}
