/**
 * The renderer's host at the edge (the Cloudflare Worker in edge/, run by workerd): a DOM from happy-dom
 * (./happy-dom.ts, its GlobalWindow: workerd has no Node VM contexts), resvg compiled to WebAssembly (the
 * browser's build, as a module the worker loads once), the export font's files bundled with the worker, and the
 * colour tokens of app/globals.css parsed at bundle time. The same inputs as the build's (./node.ts) and the
 * browser's (./browser.ts), given to the same renderer: a view the edge draws has the bytes the browser's has.
 */
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { GlobalWindow } from 'happy-dom';
import { arimo400, arimo700, resvg } from 'virtual:edge-assets';
import tokens from 'virtual:theme-tokens';
import type { ExportKit, RenderDom } from '../host';
import { createRaster } from '../raster';
import { happyDom } from './happy-dom';

/** The DOM the renderer draws in at the edge, made once per worker instance. */
export function edgeDom(): Promise<RenderDom> {
  return happyDom(() => new GlobalWindow({ url: 'http://localhost/', width: 1920, height: 1080 }));
}

let kit: Promise<ExportKit> | undefined;

/** Everything making a file takes, at the edge: made once per worker instance, on its first file. */
export function edgeExportKit(): Promise<ExportKit> {
  kit ??= (async () => {
    await initWasm(resvg);
    const fontBuffers = [new Uint8Array(arimo400), new Uint8Array(arimo700)];
    return { dom: await edgeDom(), raster: createRaster(Resvg, { fontBuffers }), tokens };
  })();
  kit.catch(() => (kit = undefined));
  return kit;
}
