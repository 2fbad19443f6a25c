/**
 * The renderer's host at build (Node): a DOM from happy-dom (./happy-dom.ts), in which React and Recharts draw, resvg's native
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
import { happyDom } from './happy-dom';

/** The export font's files, as the build cut them (scripts/make-font.ts). */
export function exportFontFiles(): string[] {
  return Object.values(EXPORT_FONT_FILES).map((f) => path.resolve(f));
}

/** The DOM the renderer draws in at build. */
export function nodeDom(): Promise<RenderDom> {
  return happyDom(() => new Window({ url: 'http://localhost/', width: 1920, height: 1080 }));
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
