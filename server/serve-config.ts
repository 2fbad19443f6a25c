/**
 * serve.json, the one place the site's response headers are defined: `npm start` serves with them, the build
 * writes them as out/_headers for CDN hosts.
 */
import { readFileSync } from 'node:fs';
import type { HeaderRule } from '@/lib/http/headers-file';

export interface ServeConfig {
  headers: HeaderRule[];
}

export function serveConfig(): ServeConfig {
  // This project's own file, in this shape; lib/http/static-site.test.ts reads every rule it has.
  return JSON.parse(readFileSync('serve.json', 'utf8')) as ServeConfig;
}
