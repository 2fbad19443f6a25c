/**
 * The renderer's host in the reader's browser: the page's own document, with React DOM, to draw a view in;
 * and, for files, resvg compiled to WebAssembly (@resvg/resvg-wasm, the same release as the build's native
 * binding) with the export font's files the build cut (scripts/make-font.ts), and the colour tokens of
 * app/globals.css, read at bundle time by the function the build uses (scripts/build-page-script.ts). Those
 * are in ./browser-exports.ts, loaded the first time a reader asks for a file: drawing a view does not fetch them.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ExportKit, RendererHost } from '../host';

let kit: Promise<ExportKit> | undefined;

export const browserHost: RendererHost = {
  dom: { document, createRoot, flushSync },
  exportKit() {
    kit ??= import('./browser-exports').then((exports) => exports.loadExportKit(browserHost.dom));
    // A failed start is tried again on the next request.
    kit.catch(() => (kit = undefined));
    return kit;
  },
};
