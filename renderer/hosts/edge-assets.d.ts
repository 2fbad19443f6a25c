/**
 * What the edge host imports as Cloudflare Worker modules (scripts/build-edge.ts writes the module that names
 * them, and wrangler.toml maps this name to it): resvg's WebAssembly, compiled when the worker loads, and the
 * export font's files as bytes.
 */
declare module 'virtual:edge-assets' {
  export const resvg: WebAssembly.Module;
  export const arimo400: ArrayBuffer;
  export const arimo700: ArrayBuffer;
  /** A hash of the static build the worker was bundled for: its pages and files. */
  export const build: string;
}
