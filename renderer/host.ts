/**
 * What the renderer needs from the place it runs in: its host. The renderer (this folder and
 * components/view/) is one set of modules, imported by each host and never copied; a host lends it
 *  - a DOM to draw in, with React DOM loaded for it (Recharts draws only in a DOM: recharts/recharts#5997);
 *  - for files, resvg with the export font (to measure text and draw PNG) and the colour tokens.
 * Two hosts implement it, beside the renderer: ./hosts/node.ts at build (happy-dom, resvg's native binding,
 * the font files by path, app/globals.css read from disk) and ./hosts/browser.ts in the reader's browser (the
 * page's document, resvg compiled to WebAssembly, the same font files fetched, the same tokens parsed when the
 * bundle is built). renderer/raster.test.ts and e2e/composed-views.spec.ts hold the two to the same bytes.
 */
import type { flushSync } from 'react-dom';
import type { createRoot } from 'react-dom/client';
import type { Measure } from '@/lib/charts/geometry/frame-layout';
import type { ThemeTokens } from '@/lib/theme/tokens';

/**
 * The DOM a host lends the renderer, with React DOM as loaded there: at build, React DOM must be loaded
 * after happy-dom is installed (it reads its environment when it loads), so the host loads it.
 */
export interface RenderDom {
  document: Document;
  createRoot: typeof createRoot;
  flushSync: typeof flushSync;
}

/** resvg with the export font, as the renderer uses it (./raster.ts makes one from either build of resvg). */
export interface Raster {
  /** Width in px of one line of text in the export font, at a size (px) and weight. */
  measure: Measure;
  /** An SVG drawn as a PNG `width` pixels wide. */
  png(svg: string, width: number): Uint8Array;
}

/** What making a file takes: the DOM, resvg with the export font, and the colour tokens of app/globals.css. */
export interface ExportKit {
  dom: RenderDom;
  raster: Raster;
  tokens: ThemeTokens;
}

export interface RendererHost {
  /** The DOM to draw a view's parts in. */
  dom: RenderDom;
  /** What making a file takes, loaded the first time it is asked for (in the browser: ~720 kB, fetched once). */
  exportKit(): Promise<ExportKit>;
}
