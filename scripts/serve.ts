/**
 * npm run serve: serves out/ on PORT (default 3000) with serve-handler (the
 * request handler of Vercel's `serve`) and the committed serve.json: clean
 * URLs, the 404 page, the security headers, plus gzip. One guard in front: a path the
 * file system cannot even look up (a NUL byte, a segment longer than 255
 * bytes, broken percent-encoding) is answered with the 404 page rather than
 * the handler's 500.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';
import { unservablePath } from '../lib/http/unservable-path';

const OUT = path.resolve('out');
if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('✗ out/ has no build yet: run `npm start` (builds, then serves) or `npm run build` first.');
  process.exit(1);
}
const config = { ...JSON.parse(readFileSync('serve.json', 'utf8')), public: OUT };
const NOT_FOUND = '/__not-found__';

const port = Number(process.env.PORT ?? 3000);
// gzip (or deflate) for text responses, as `serve` does and as any CDN will.
const compress = compression();
const server = createServer((req, res) => {
  if (unservablePath(req.url ?? '/')) req.url = NOT_FOUND;
  compress(req as never, res as never, () => {
    handler(req, res, config).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    });
  });
});
server.listen(port, '0.0.0.0', () => console.log(`Serving out/ at http://localhost:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
