import type { NextConfig } from 'next';

/**
 * Builds inside `npm test` and in the tests' sandbox copies (scripts/lib/sandbox.ts) run on sources that
 * `npm run typecheck` has just checked, once a run, and never build the same tree twice: they skip Next's own
 * type check (TYPES_CHECKED=1) and its build cache, which only a later build of the same tree would read
 * (BUILD_CACHE=off). `npm run build` on its own checks types and keeps the cache.
 */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
  experimental: {
    // The stylesheet (~7 kB gzip, Tailwind) goes into each page's <head>: one render-blocking round trip
    // fewer on a first visit, which is most of what separates our LCP from a plain HTML page's (bench/).
    inlineCss: true,
    turbopackFileSystemCacheForBuild: process.env.BUILD_CACHE !== 'off',
  },
};

export default nextConfig;
