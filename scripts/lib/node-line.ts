/**
 * Another maintained Node LTS line than the one running, as the npm package of its binary (node-<platform>-<arch>),
 * pinned with its lockfile in scripts/node-lines/<major>/ and installed there like any dependency, from the npm
 * registry alone. scripts/on-node.ts runs the smoke test under it; scripts/edge.ts runs wrangler under it where
 * the running Node is older than wrangler needs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { run } from './run';

/** The folder holding the line's `node` binary, installed if it is not yet; null where the package does not exist. */
export function nodeLineBinDir(major: string): string | null {
  const dir = path.resolve('scripts', 'node-lines', major);
  if (!existsSync(path.join(dir, 'package.json'))) return null;
  const packageName = `node-${process.platform}-${process.arch}`;
  const binDir = path.join(dir, 'node_modules', packageName, 'bin');
  if (!existsSync(path.join(binDir, 'node'))) {
    console.log(`· installing Node ${major} (${packageName}) into ${path.relative('.', dir)}/`);
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {}, dir);
    if (installed !== 0 || !existsSync(path.join(binDir, 'node'))) return null;
  }
  return binDir;
}

/** PATH with the line's binary first, so that every `node` a command starts is that line's. */
export function pathWith(binDir: string): string {
  return `${binDir}${path.delimiter}${process.env.PATH ?? ''}`;
}
