/**
 * npm run serve: serves out/ on PORT (default 3000), as a static host or CDN
 * would, following HTTP semantics (RFC 9110):
 *  - only GET and HEAD (405 with Allow otherwise);
 *  - which file answers comes from an index of out/ made at start-up
 *    (lib/http/static-site.ts): clean URLs, redirects that keep the query, the
 *    404 page, nothing that is not meant for readers, and never a 5xx for a path;
 *  - the build's Brotli or gzip copy when the client accepts it (negotiated by
 *    q-value, lib/http/precompressed.ts), each copy with its own ETag;
 *  - validators, 304 and 412, Range and If-Range from `send` (pillarjs, what
 *    Express's static files use): an invalid or multiple Range gets the whole
 *    file, an unsatisfiable one 416 with an empty body;
 *  - headers from serve.json, the one place they are defined (the build writes
 *    the same set as out/_headers for CDNs), Cache-Control included.
 * Why this and not sirv or serve-handler: docs/deploying.md.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import path from 'node:path';
import mime from 'mime-types';
import send from 'send';
import { preferredEncoding } from '../lib/http/precompressed';
import { unstrippedBuild } from './lib/built-site';
import { serveConfig } from '@/server/serve-config';
import { type IndexedFile, buildIndex, headersFor, notFoundPage, resolveRequest } from '../lib/http/static-site';

const OUT = path.resolve('out');
if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('✗ out/ has no build yet: run `npm start` (builds, then serves) or `npm run build` first.');
  process.exit(1);
}
// A site built by `next build` alone still loads Next's runtime, which the CSP blocks: refuse it rather than serve it broken.
const unstripped = unstrippedBuild('out');
if (unstripped) {
  console.error(`✗ refusing to serve out/: ${unstripped}. Run \`npm run build\` (or \`npm start\`, which builds).`);
  process.exit(1);
}
const rules = serveConfig().headers;
// The benchmark's framework floor (out/_bench/floor, there only after `npm run bench`) is a Next page as Next
// emits it, with its inline runtime scripts, which the site's CSP no longer allows: it gets them back, and only it.
if (existsSync(path.join(OUT, '_bench'))) {
  const site =
    rules.find((r) => r.source === '{*,!(embed)/**}')?.headers.find((h) => h.key === 'Content-Security-Policy')
      ?.value ?? '';
  rules.push({
    source: '_bench/**',
    headers: [
      { key: 'Content-Security-Policy', value: site.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") },
    ],
  });
}

const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(path.join(OUT, f)).isFile())
  .map((f) => f.split(path.sep).join('/'));
const index = buildIndex(files);
const NOT_FOUND = notFoundPage(files);

function setHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
}

function serveFile(req: IncomingMessage, res: ServerResponse, entry: IndexedFile, status = 200): void {
  setHeaders(res, headersFor(rules, entry.file));
  res.setHeader('Content-Type', mime.contentType(path.extname(entry.file)) || 'application/octet-stream');
  // A range is of the file as it is; otherwise the client's preferred copy, if the build made one.
  let file = entry.file;
  if (entry.encodings.length > 0) {
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = req.headers.range ? undefined : preferredEncoding(req.headers['accept-encoding'], entry.encodings);
    if (encoding) {
      res.setHeader('Content-Encoding', encoding);
      file += encoding === 'br' ? '.br' : '.gz';
    }
  }
  if (status !== 200) {
    // The 404 page: its body, no validators or ranges (they would describe the page, not the missing resource).
    res.statusCode = status;
    delete req.headers.range;
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];
  }
  const urlPath = `/${file.split('/').map(encodeURIComponent).join('/')}`;
  send(req, urlPath, {
    root: OUT,
    etag: status === 200,
    lastModified: status === 200,
    cacheControl: false,
    dotfiles: 'allow',
    index: false,
    acceptRanges: status === 200,
  })
    .on('error', (err: { status?: number; headers?: Record<string, string> }) => {
      if (err.status === 416) {
        // An unsatisfiable range: the status and where the representation ends, no body.
        res.statusCode = 416;
        if (err.headers) setHeaders(res, err.headers);
        for (const h of ['Content-Type', 'Content-Encoding']) res.removeHeader(h);
        res.setHeader('Content-Length', '0');
        res.end();
        return;
      }
      res.statusCode = 500;
      res.end();
    })
    .pipe(res);
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  setHeaders(res, headersFor(rules, '404.html'));
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}

const port = Number(process.env.PORT ?? 3000);
const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return plain(res, 405, 'Method not allowed: this site answers GET and HEAD.\n', { Allow: 'GET, HEAD' });
  const resolution = resolveRequest(index, req.url ?? '/');
  if (resolution.kind === 'redirect')
    return plain(res, 301, `Moved to ${resolution.location}\n`, { Location: resolution.location });
  if (resolution.kind === 'not-found') return serveFile(req, res, NOT_FOUND, 404);
  serveFile(req, res, resolution.entry);
});
server.listen(port, '0.0.0.0', () => console.log(`Serving out/ at http://localhost:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
