/** What the on-demand bundle imports as files (esbuild's file loader: their URL) or builds at bundle time. */
declare module '*.ttf' {
  const url: string;
  export default url;
}

declare module '@resvg/resvg-wasm/index_bg.wasm' {
  const url: string;
  export default url;
}

/** The colour tokens of app/globals.css, parsed at bundle time by lib/theme/tokens.ts (scripts/build-page-script.ts). */
declare module 'virtual:theme-tokens' {
  const tokens: import('@/lib/theme/tokens').ThemeTokens;
  export default tokens;
}
