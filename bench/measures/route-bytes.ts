/** The bytes each route ships, read from the built HTML: its module scripts, stylesheet and HTML, gzip and as sent. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gz } from './shared';

function htmlFiles(dir = 'out', prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === '_next' || name === '_bench' || name === 'charts' || name === 'og' || name === 'data') return [];
    if (statSync(full).isDirectory()) return htmlFiles(full, `${prefix}/${name}`);
    return name.endsWith('.html') ? [`${prefix}/${name}`] : [];
  });
}

function routeOf(file: string): string {
  const route = file.replace(/\.html$/, '').replace(/\/index$/, '/');
  return route === '' ? '/' : route;
}

export interface RouteBytes {
  route: string;
  htmlRaw: number;
  htmlGzip: number;
  jsGzip: number;
  /** What the server sends Chromium: the build's Brotli copies. */
  jsBrotli: number;
  htmlBrotli: number;
  cssGzip: number;
  scripts: { src: string; gzip: number }[];
}

export function routeBytes(): RouteBytes[] {
  return htmlFiles()
    .sort()
    .map((file) => {
      const html = readFileSync(path.join('out', file), 'utf8');
      // Module scripts the page loads: every external <script src>, except a nomodule polyfill.
      const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
        .filter((m) => !/\bnomodule\b/i.test(`${m[1]} ${m[3]}`))
        .map((m) => m[2]!);
      const unique = [...new Set(scripts)].map((src) => ({
        src,
        gzip: gz(readFileSync(path.join('out', src.split('?')[0]!))),
      }));
      const brotliBytes = (file: string) =>
        existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
      const css = [
        ...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)),
      ];
      return {
        route: routeOf(file),
        htmlRaw: Buffer.byteLength(html),
        htmlGzip: gz(html),
        jsGzip: unique.reduce((n, s) => n + s.gzip, 0),
        jsBrotli: unique.reduce((n, s) => n + brotliBytes(path.join('out', s.src.split('?')[0]!)), 0),
        htmlBrotli: brotliBytes(path.join('out', file)),
        cssGzip: css.reduce((n, href) => n + gz(readFileSync(path.join('out', href.split('?')[0]!))), 0),
        scripts: unique.sort((a, b) => b.gzip - a.gzip),
      };
    });
}
