/** Small helpers for the project's scripts: run a step, find what is stale. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Runs a command with inherited output; returns its exit code. */
export function run(command: string, args: string[], env: Record<string, string> = {}, cwd?: string): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd });
  if (result.error) {
    console.error(`✗ could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** Binaries of this project's node_modules: the nearest up the tree, so a sandbox (scripts/lib/sandbox.ts) finds the project's. */
export function bin(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '.bin', name);
    if (existsSync(candidate) || path.dirname(dir) === dir) return candidate;
  }
}

/** Everything a build reads: if any of it is newer than the build, the build is stale. */
export const BUILD_INPUTS = [
  'app',
  'browser',
  'components',
  'lib',
  'renderer',
  'server',
  'data',
  'public',
  'scripts',
  'package.json',
  'package-lock.json',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'serve.json',
];

export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const entry of readdirSync(p))
        if (entry !== 'node_modules' && !entry.startsWith('.')) visit(path.join(p, entry));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** Written at the very end of a successful build. Next empties .next/ when a build starts, so a failed build leaves none. */
export const BUILD_STAMP = path.join('.next', 'static-export-complete');
