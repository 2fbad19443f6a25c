import { readFileSync } from 'node:fs';
import { Resvg as NativeResvg } from '@resvg/resvg-js';
import { Resvg as WasmResvg, initWasm } from '@resvg/resvg-wasm';
import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { viewFor } from '@/lib/charts/model/registry';
import { frozenDataset } from '@/lib/dataset/testing/frozen';
import { exportFontFiles, nodeExportKit } from '@/renderer/hosts/node';
import { exportChartMarkup, themedSvg } from './export-svg';
import { createRaster } from './raster';

await initWasm(readFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm'));
const native = createRaster(NativeResvg, {
  fontFiles: exportFontFiles(),
  loadSystemFonts: false,
});
// As the browser gives it: the font files' bytes.
const wasm = createRaster(WasmResvg, {
  fontBuffers: exportFontFiles().map((f) => new Uint8Array(readFileSync(f))),
});

describe('resvg in both hosts: the native binding at build, WebAssembly in the browser', () => {
  it('measures text alike, so the browser lays a slide out exactly as the build does', () => {
    for (const text of [
      'Meta among the 2025 AI spending plans',
      'Plan · FY2025 (Jul 2024 – Jun 2025)',
      '~$100B',
      '$60–65B',
      'AVAVA Wa To',
    ]) {
      for (const weight of [400, 700] as const)
        expect(wasm.measure(text, 40, weight)).toBe(native.measure(text, 40, weight));
    }
  });

  it('draws the same PNG, byte for byte', async () => {
    const kit = await nodeExportKit();
    const svg = themedSvg(
      kit.tokens,
      exportChartMarkup(
        kit,
        buildChartSpec(frozenDataset(), viewFor(frozenDataset(), 'capex', { basis: 'total', highlight: 'meta' })),
        'slide',
      ),
      'dark',
    );
    expect(Buffer.from(wasm.png(svg, 1200)).equals(Buffer.from(native.png(svg, 1200)))).toBe(true);
  });

  it('measures nothing for an empty line, and a longer line as longer', () => {
    expect(native.measure('', 20, 400)).toBe(0);
    expect(native.measure('$100B', 20, 700)).toBeGreaterThan(native.measure('$10B', 20, 700));
  });
});
