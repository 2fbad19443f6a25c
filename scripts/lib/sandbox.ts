/**
 * A sandbox: a copy of the project's sources in .sandbox/<name>/, where another dataset (DATASET_DIR) is
 * built without touching this project's out/, public/ or .generated/. Its node_modules is a link to this
 * project's (inside the project, so Next's Turbopack, whose root is this project, follows it). Used by the growth check (a synthetic
 * tracker of twelve companies), the sixth-company test and the bench's growth table; never published.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { bin } from './run';

export const SANDBOX_ROOT = path.resolve('.sandbox');

/** What a build reads from the project: the rest (out/, .next/, .generated/, public/'s generated folders) it makes. */
const SOURCES = [
  'app',
  'browser',
  'components',
  'lib',
  'public',
  'renderer',
  'scripts',
  'server',
  'package.json',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'serve.json',
];
const GENERATED = /^public\/(charts|og|js)(\/|$)|^public\/changelog\.atom$|\.test\.tsx?$|^scripts\/node-lines\//;

export function makeSandbox(name: string): string {
  const dir = path.join(SANDBOX_ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const source of SOURCES) {
    cpSync(source, path.join(dir, source), {
      recursive: true,
      filter: (from) => !GENERATED.test(path.relative('.', from).split(path.sep).join('/')),
    });
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface SandboxBuild {
  code: number;
  seconds: number;
  output: string;
}

/** `npm run build` in the sandbox, for a dataset and its articles. */
export function buildInSandbox(
  dir: string,
  env: { DATASET_DIR: string; ARTICLES_DIR: string; SITE_URL?: string },
): SandboxBuild {
  const started = performance.now();
  const result = spawnSync(bin('tsx'), ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A copy of sources the project's type check covers, built once (next.config.ts).
    env: {
      ...process.env,
      SITE_URL: 'https://capex.example.org',
      ...env,
      NEXT_TELEMETRY_DISABLED: '1',
      TYPES_CHECKED: '1',
      BUILD_CACHE: 'off',
      // A sandbox's out/ is read from disk, never served compressed: its Brotli and gzip copies are not made.
      PRECOMPRESS: 'off',
    },
  });
  return {
    code: result.status ?? 1,
    seconds: (performance.now() - started) / 1000,
    output: `${result.stdout}${result.stderr}`,
  };
}
