/**
 * The renderer's host in the browser, for making files: the page's document
 * (./dom.ts), resvg compiled
 * to WebAssembly (@resvg/resvg-wasm, the same release as the build's native
 * binding) with the export font's files the build cut (scripts/make-font.ts),
 * and the colour tokens of app/globals.css, read at bundle time by the same
 * function the build uses (scripts/build-page-script.ts). Fetched once, the
 * first time a reader asks for a file.
 */
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import arimo400 from '@/.generated/fonts/arimo-400.ttf';
import arimo700 from '@/.generated/fonts/arimo-700.ttf';
import tokens from 'virtual:theme-tokens';
import type { ExportKit } from '@/renderer/export-svg';
import { type ResvgLike, createRaster } from '@/renderer/raster';
import { browserDom } from './dom';

let kit: Promise<ExportKit> | undefined;

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function browserExportKit(): Promise<ExportKit> {
  kit ??= (async () => {
    const [fonts] = await Promise.all([Promise.all([bytes(arimo400), bytes(arimo700)]), initWasm(fetch(resvgWasm))]);
    return { dom: browserDom, raster: createRaster(Resvg as unknown as ResvgLike, { fontBuffers: fonts }), tokens };
  })();
  // A failed start is tried again on the next request.
  kit.catch(() => (kit = undefined));
  return kit;
}
