import path from 'node:path';
import type { NextConfig } from 'next';

// Built by `npm run bench` into bench/floor/out and served from out/_bench/floor/ beside the site.
const config: NextConfig = {
  output: 'export',
  basePath: '/_bench/floor',
  // The packages come from the project's node_modules, two folders up.
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
};

export default config;
