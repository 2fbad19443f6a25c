/**
 * npm run edge: the site through the edge host, locally, on PORT (default 3000). Builds if out/ is not the
 * build of these sources (unless EDGE_SKIP_BUILD=1), prepares the worker's inputs (scripts/build-edge.ts), serves out/ as `npm start` does
 * on a free port of its own, and runs the worker (edge/worker.ts) in workerd through `wrangler dev`, offline,
 * forwarding to that server. Each start begins with an empty cache. Wrangler needs Node 22.12 or later: under
 * an older Node it runs on the pinned Node 24 (scripts/lib/node-line.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { prepareEdge } from './build-edge';
import { ensureBuild, lastBuild } from './lib/ensure-build';
import { nodeLineBinDir, pathWith } from './lib/node-line';
import { bin } from './lib/run';

const PORT = Number(process.env.PORT ?? 3000);
const STATE_DIR = '.wrangler/state';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function wranglerPath(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return process.env.PATH ?? '';
  const binDir = nodeLineBinDir('24');
  if (!binDir) {
    console.error('✗ wrangler needs Node 22.12 or later, and no Node 24 could be installed here');
    process.exit(1);
  }
  return pathWith(binDir);
}

// The bench and the tests start it right after a build of their own: EDGE_SKIP_BUILD=1 serves out/ as it is.
if (process.env.EDGE_SKIP_BUILD !== '1') ensureBuild();
prepareEdge();
rmSync(STATE_DIR, { recursive: true, force: true });
const originPort = await freePort();
const siteUrl = lastBuild().siteUrl ?? '';
const children: ChildProcess[] = [];
const stop = (code: number) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
const start = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  child.on('exit', (code) => stop(code ?? 1));
  children.push(child);
};
start(bin('tsx'), ['scripts/serve.ts'], { ...process.env, PORT: String(originPort) });
start(
  bin('wrangler'),
  [
    'dev',
    '--port',
    String(PORT),
    '--ip',
    '127.0.0.1',
    '--var',
    `ORIGIN:http://127.0.0.1:${originPort}`,
    // The exports print the site's address, as the build's and the browser's do.
    '--define',
    `process.env.SITE_URL:${JSON.stringify(siteUrl)}`,
    '--persist-to',
    STATE_DIR,
    '--log-level',
    'warn',
    '--show-interactive-dev-session=false',
  ],
  { ...process.env, PATH: wranglerPath(), WRANGLER_SEND_METRICS: 'false', CI: 'true' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
