/**
 * npm run serve: serves out/ with `serve` and the committed serve.json
 * (clean URLs, 404 page, security headers). PORT is honoured (default 3000).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bin, run } from './lib/run';

if (!existsSync('out/index.html')) {
  console.error('✗ out/ has no build yet: run `npm start` (builds, then serves) or `npm run build` first.');
  process.exit(1);
}
const port = process.env.PORT ?? '3000';
console.log(`Serving out/ at http://localhost:${port}`);
process.exit(
  run(bin('serve'), ['out', '--listen', `tcp://0.0.0.0:${port}`, '--no-port-switching', '--no-clipboard', '--config', path.resolve('serve.json')], {
    NO_UPDATE_CHECK: '1',
  }),
);
