import { describe, expect, it } from 'vitest';
import { firstPaintScriptCspSource } from '@/lib/html/first-paint';
import { serveConfig } from '@/server/serve-config';
import { themeScriptCspSource } from './theme-script';

const rules = serveConfig().headers;
const csp = (source: string) =>
  rules.find((r) => r.source === source)!.headers.find((h) => h.key === 'Content-Security-Policy')!.value;
const scriptSrc = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '));

describe('the Content-Security-Policy of serve.json', () => {
  it('lets the embed run its theme script and the first-paint line, by their hashes, and no other inline script', () => {
    expect(scriptSrc(csp('embed/**'))).toBe(
      `script-src 'self' ${themeScriptCspSource()} ${firstPaintScriptCspSource()}`,
    );
  });

  it('lets the other pages run the first-paint line by its hash, no other inline script, and compile the renderer’s WebAssembly (resvg, for files made on demand)', () => {
    expect(scriptSrc(csp('{*,!(embed)/**}'))).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${firstPaintScriptCspSource()}`,
    );
  });
});
