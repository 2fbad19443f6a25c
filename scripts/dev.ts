/**
 * npm run dev: Next's dev server behind a small proxy, with what `npm run
 * build` makes before and after Next kept up to date, so dev behaves like the
 * production build:
 *  - every page is rendered by Next on request (edit a component, reload) and
 *    stripped on its way out exactly as the build strips out/ (the same
 *    allowlist: the page script and the embed's theme line), so no React
 *    hydrates it and the page script finds the markup the server wrote;
 *  - the page script and the on-demand renderer (browser/) are rebuilt by
 *    esbuild in watch mode, and pages pick up their new hashed names on their
 *    next render;
 *  - the baked views, their files and the citation cards are re-baked when the
 *    data, lib/, the renderer (renderer/) or its components change.
 * Links are plain <a>, so every navigation loads a page and runs its script, as
 * on the static site. A page Next fails to render passes through unstripped, so
 * its error overlay works.
 */
import { spawn } from 'node:child_process';
import { type WatchEventType, watch } from 'node:fs';
import { type IncomingMessage, createServer, request } from 'node:http';
import { type BuildContext, type Metafile, context } from 'esbuild';
import { hoistBaseIntoHead } from '../lib/html/head';
import { stripFrameworkRuntime } from '../lib/html/strip-framework-runtime';
import { onDemandBuild, onDemandUrls, pageScriptBuild, recordBundles } from './build-page-script';
import { SITE_SCRIPTS } from './lib/built-site';
import { devPortArgs } from './lib/dev-args';
import { bin, run } from './lib/run';

let args: ReturnType<typeof devPortArgs>;
try {
  args = devPortArgs(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`✗ npm run dev: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
/** The proxy's port: PORT, or -p/--port as `next dev` takes it. */
const PORT = args.port;
/** Next's own dev server, behind the proxy. */
const NEXT_PORT = PORT + 1;

for (const [name, script] of [
  ['font', 'scripts/make-font.ts'],
  ['bake', 'scripts/bake.tsx'],
] as const) {
  if (run(bin('tsx'), [script]) !== 0) {
    console.error(`✗ dev stopped at the ${name} step.`);
    process.exit(1);
  }
}

// The renderer first: the page script is built with its addresses, so it is rebuilt whenever they change.
let onDemand: Metafile | undefined;
let pageScript: BuildContext | undefined;
const rebuildPageScript = async () => {
  await pageScript?.dispose();
  pageScript = await context({
    ...pageScriptBuild(onDemandUrls(onDemand ?? { inputs: {}, outputs: {} })),
    plugins: [
      {
        name: 'record-bundles',
        setup(build) {
          build.onEnd((result) => {
            if (result.metafile && onDemand)
              console.log(`✓ page script ${recordBundles(onDemand, result.metafile).src}`);
          });
        },
      },
    ],
  });
  await pageScript.watch();
};
const rendererBuild = onDemandBuild();
const renderer = await context({
  ...rendererBuild,
  plugins: [
    ...(rendererBuild.plugins ?? []),
    {
      name: 'then-page-script',
      setup(build) {
        build.onEnd(async (result) => {
          if (!result.metafile) return;
          onDemand = result.metafile;
          await rebuildPageScript();
        });
      },
    },
  ],
});
await renderer.watch();

// Re-bake, at most one at a time, after a quiet moment.
const BAKE_SOURCES = ['data', 'lib', 'renderer', 'components/view', 'components/figures', 'components/citations'];
let timer: NodeJS.Timeout | undefined;
let baking = false;
let again = false;
const bake = () => {
  if (baking) return void (again = true);
  baking = true;
  const child = spawn(bin('tsx'), ['scripts/bake.tsx'], { stdio: 'inherit' });
  child.on('exit', () => {
    baking = false;
    if (again) {
      again = false;
      bake();
    }
  });
};
const onChange = (_event: WatchEventType, file: string | null) => {
  if (file && /\.test\.|(^|\/)testing\//.test(file)) return;
  clearTimeout(timer);
  timer = setTimeout(bake, 300);
};
const watchers = BAKE_SOURCES.map((dir) => watch(dir, { recursive: true }, onChange));

/** A page as the build would publish it: Next's runtime stripped, the embed's <base> in the head. */
function asBuilt(html: string): string {
  try {
    return hoistBaseIntoHead(stripFrameworkRuntime(html, SITE_SCRIPTS).html);
  } catch (error) {
    console.warn(`! served unstripped: ${error instanceof Error ? error.message : String(error)}`);
    return html;
  }
}

const proxy = createServer((req, res) => {
  const forward = request(
    {
      host: '127.0.0.1',
      port: NEXT_PORT,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, 'accept-encoding': 'identity' },
    },
    (upstream: IncomingMessage) => {
      const html =
        (upstream.headers['content-type'] ?? '').startsWith('text/html') && (upstream.statusCode ?? 500) < 500;
      if (!html) {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      upstream.on('data', (c: Buffer) => chunks.push(c));
      upstream.on('end', () => {
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...headers } = upstream.headers;
        res.writeHead(upstream.statusCode ?? 200, headers);
        res.end(asBuilt(Buffer.concat(chunks).toString('utf8')));
      });
    },
  );
  forward.on('error', () => {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
    res.end('The Next dev server is starting; reload in a moment.');
  });
  req.pipe(forward);
});
proxy.listen(PORT, () =>
  console.log(`✓ dev site at http://localhost:${PORT} (pages as the build strips them; Next itself on ${NEXT_PORT})`),
);

const next = spawn(bin('next'), ['dev', '--port', String(NEXT_PORT), ...args.nextArgs], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const stop = async (code: number) => {
  proxy.close();
  for (const w of watchers) w.close();
  await pageScript?.dispose();
  await renderer.dispose();
  process.exit(code);
};
next.on('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
