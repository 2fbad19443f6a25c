/**
 * npm run dev: Next's dev server, with what `npm run build` makes before Next
 * runs kept up to date, so dev behaves like the production build:
 *  - the page script (browser/) is rebuilt by esbuild in watch mode, and pages
 *    pick up its new hashed name on their next render;
 *  - the charts, fragments and citation cards are re-baked when the data, lib/
 *    or a build-time renderer (components/baked/, components/figures/) changes.
 * Links are plain <a>, so every navigation loads a page and runs its script, as
 * on the static site. (Exports and link previews are made by `npm run images`.)
 */
import { spawn } from 'node:child_process';
import { type WatchEventType, watch } from 'node:fs';
import { context } from 'esbuild';
import { bin, run } from './lib/run';
import { PAGE_SCRIPT_BUILD, recordPageScript } from './build-page-script';

for (const [name, script] of [['font', 'scripts/make-font.ts'], ['bake', 'scripts/bake-charts.tsx']] as const) {
  if (run(bin('tsx'), [script]) !== 0) {
    console.error(`✗ dev stopped at the ${name} step.`);
    process.exit(1);
  }
}

const pageScript = await context({
  ...PAGE_SCRIPT_BUILD,
  plugins: [
    {
      name: 'record-page-script',
      setup(build) {
        build.onEnd((result) => {
          if (result.metafile) console.log(`✓ page script ${recordPageScript(result.metafile).src}`);
        });
      },
    },
  ],
});
await pageScript.watch();

// Re-bake, at most one at a time, after a quiet moment.
const BAKE_SOURCES = ['data', 'lib', 'components/baked', 'components/figures'];
let timer: NodeJS.Timeout | undefined;
let baking = false;
let again = false;
const bake = () => {
  if (baking) return void (again = true);
  baking = true;
  const child = spawn(bin('tsx'), ['scripts/bake-charts.tsx'], { stdio: 'inherit' });
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

const next = spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const stop = async (code: number) => {
  for (const w of watchers) w.close();
  await pageScript.dispose();
  process.exit(code);
};
next.on('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
