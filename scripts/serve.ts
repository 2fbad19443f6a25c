/**
 * npm run serve: serves out/ on PORT (default 3000) with serve-handler (the
 * request handler of Vercel's `serve`) and the committed serve.json: clean
 * URLs, the 404 page, the security headers. Compressed: the build's Brotli or
 * gzip copy of a file when the browser accepts it (lib/http/precompressed.ts),
 * else on-the-fly compression. One guard in front: a path the
 * file system cannot even look up (a NUL byte, a segment longer than 255
 * bytes, broken percent-encoding) is answered with the 404 page rather than
 * the handler's 500.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';
import { PRECOMPRESSED, preferredEncoding } from '../lib/http/precompressed';
import { unservablePath } from '../lib/http/unservable-path';

const OUT = path.resolve('out');
if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('✗ out/ has no build yet: run `npm start` (builds, then serves) or `npm run build` first.');
  process.exit(1);
}
const config = { ...JSON.parse(readFileSync('serve.json', 'utf8')), public: OUT } as { headers: { source: string; headers: { key: string; value: string }[] }[] };
// The benchmark's framework floor (out/_bench/floor, there only after `npm run bench`) is a Next page as Next
// emits it, with its inline runtime scripts, which the site's CSP no longer allows: it gets them back, and only it.
if (existsSync(path.join(OUT, '_bench'))) {
  const site = config.headers.find((r) => r.source === '{*,!(embed)/**}')!.headers.find((h) => h.key === 'Content-Security-Policy')!.value;
  config.headers.push({ source: '_bench/**', headers: [{ key: 'Content-Security-Policy', value: site.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") }] });
}
const NOT_FOUND = '/__not-found__';

/**
 * serve-handler's file-system hooks, per request: where a precompressed copy
 * of a file exists and the browser accepts its encoding, the handler stats and
 * streams the copy (so Content-Length is the copy's), with Content-Encoding set.
 * Range requests get the file as it is.
 */
function precompressedFiles(req: IncomingMessage, res: ServerResponse) {
  if (req.headers.range) return {};
  const copyOf = (file: string) => {
    const available = PRECOMPRESSED.filter(({ suffix }) => existsSync(file + suffix));
    if (available.length === 0) return null;
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = preferredEncoding(req.headers['accept-encoding'], available.map((a) => a.encoding));
    return available.find((a) => a.encoding === encoding) ?? null;
  };
  return {
    lstat: (file: string) => {
      const copy = copyOf(file);
      return lstat(copy ? file + copy.suffix : file);
    },
    createReadStream: (file: string, options?: { start?: number; end?: number }) => {
      const copy = copyOf(file);
      if (!copy) return createReadStream(file, options);
      res.setHeader('Content-Encoding', copy.encoding);
      return createReadStream(file + copy.suffix, options);
    },
  };
}

const port = Number(process.env.PORT ?? 3000);
// On-the-fly compression for what has no precompressed copy; it leaves a response that is already encoded alone.
const compress = compression();
const server = createServer((req, res) => {
  if (unservablePath(req.url ?? '/')) req.url = NOT_FOUND;
  compress(req as never, res as never, () => {
    // `as never`: @types/serve-handler types the hooks as fs's callback functions; serve-handler awaits them.
    handler(req, res, config, precompressedFiles(req, res) as never).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    });
  });
});
server.listen(port, '0.0.0.0', () => console.log(`Serving out/ at http://localhost:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
