/**
 * Which file of out/ answers a request, decided from an index of out/ built
 * once at start-up (as sirv does): a request never makes the server touch the
 * file system for a path it did not write, so no path — 251-byte segments,
 * 5 kB paths, NUL bytes, broken percent-encoding — can make it fail (5xx).
 *
 * The index holds what readers are meant to get: pages by their clean URLs
 * (`/sources`, not `/sources.html`, which redirects there), every other file
 * by its name, and for each file the precompressed copies the build made.
 * The copies themselves, the CDN headers file and dotfiles are not in it.
 * The HTTP semantics — ETag and Last-Modified validation, 304, 412, Range,
 * If-Range, HEAD — are `send`'s (scripts/serve.ts), which does them to the letter.
 */
import picomatch from 'picomatch';
import { PRECOMPRESSED, type Encoding } from './precompressed';
import type { HeaderRule } from './headers-file';

export interface IndexedFile {
  /** Path relative to out/, with forward slashes: "companies/amazon.html". */
  file: string;
  /** The precompressed copies the build wrote beside it. */
  encodings: Encoding[];
}

export type SiteIndex = ReadonlyMap<string, IndexedFile>;

const NOT_FOR_READERS = /(^|\/)\.|^_headers$/;
/** Pages are served by their clean URLs, except the fragments the page script fetches by name. */
const isPage = (file: string) => file.endsWith('.html') && !file.startsWith('charts/');

/** The URL path a file is served at: "/", "/sources", "/data/figures.csv"; null for files not served by URL. */
export function urlPathOf(file: string): string | null {
  if (NOT_FOR_READERS.test(file) || PRECOMPRESSED.some((p) => file.endsWith(p.suffix))) return null;
  if (file === '404.html' || file === '_not-found.html') return null;
  if (!isPage(file)) return `/${file}`;
  // A folder's index.html is the folder: "index.html" is "/", "_bench/floor/index.html" is "/_bench/floor".
  const route = file.slice(0, -'.html'.length).replace(/(^|\/)index$/, '');
  return `/${route}`;
}

function entry(present: ReadonlySet<string>, file: string): IndexedFile {
  return { file, encodings: PRECOMPRESSED.filter((p) => present.has(file + p.suffix)).map((p) => p.encoding) };
}

export function buildIndex(files: readonly string[]): SiteIndex {
  const present = new Set(files);
  const index = new Map<string, IndexedFile>();
  for (const file of files) {
    const url = urlPathOf(file);
    if (url !== null) index.set(url, entry(present, file));
  }
  return index;
}

/** The page every path that is not in the index gets, with status 404. */
export function notFoundPage(files: readonly string[]): IndexedFile {
  return entry(new Set(files), '404.html');
}

export type Resolution =
  { kind: 'file'; entry: IndexedFile } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

/** A query string as it may go into a Location header: visible ASCII only, the rest percent-encoded. */
function safeQuery(query: string): string {
  return query.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

/**
 * What answers a request target ("/companies/amazon/?highlight=meta"): a file,
 * a permanent redirect to the canonical address (trailing slash dropped,
 * ".html" dropped), keeping the query, or not found.
 */
export function resolveRequest(index: SiteIndex, target: string): Resolution {
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : safeQuery(target.slice(q));
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'not-found' };
  }
  const hit = index.get(pathname);
  if (hit) return { kind: 'file', entry: hit };
  // The canonical address of a page asked for another way, if it is one.
  const candidates = [
    pathname.replace(/\/+$/, ''),
    pathname.replace(/\.html$/, ''),
    pathname === '/index.html' ? '/' : null,
  ];
  for (const candidate of candidates) {
    const entry = candidate ? index.get(candidate) : undefined;
    if (candidate && candidate !== pathname && entry && isPage(entry.file))
      return { kind: 'redirect', location: `${encodeURI(candidate)}${query}` };
  }
  return { kind: 'not-found' };
}

/**
 * The headers serve.json sets for a file, read as `serve` did: each rule's
 * glob matched against the file's path from the site root, every matching
 * rule applied in order, a later value replacing an earlier one.
 */
const matchers = new Map<string, (path: string) => boolean>();
const matcher = (source: string) => {
  let m = matchers.get(source);
  if (!m) matchers.set(source, (m = picomatch(source, { dot: true })));
  return m;
};

export function headersFor(rules: readonly HeaderRule[], file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (matcher(rule.source)(file)) for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}
