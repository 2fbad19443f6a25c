/**
 * What making a file takes in the browser (./browser.ts loads it when a file is first asked for): resvg's
 * WebAssembly build and the export font's files, fetched once, and the colour tokens, parsed at bundle time.
 */
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import arimo400 from '@/.generated/fonts/arimo-400.ttf';
import arimo700 from '@/.generated/fonts/arimo-700.ttf';
import tokens from 'virtual:theme-tokens';
import type { ExportKit, RenderDom } from '../host';
import { createRaster } from '../raster';

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadExportKit(dom: RenderDom): Promise<ExportKit> {
  const [fontBuffers] = await Promise.all([
    Promise.all([bytes(arimo400), bytes(arimo700)]),
    initWasm(fetch(resvgWasm)),
  ]);
  return { dom, raster: createRaster(Resvg, { fontBuffers }), tokens };
}
