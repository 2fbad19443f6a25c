/**
 * npm run test:node24 (part of npm test): runs a command under another maintained Node LTS line than the one
 * npm test itself runs on, so that a newcomer's Node runs the project as this machine's does.
 *
 *   tsx scripts/on-node.ts <major> -- <command…>
 *
 * The line's `node` binary is an npm package (node-<platform>-<arch>), pinned with its lockfile in
 * scripts/node-lines/<major>/ and installed there like any dependency, from the npm registry alone. The command
 * runs with that binary first on PATH, so npm, tsx, Vitest, Next and the server it starts all run on it. Under
 * that line already, the command simply runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeLineBinDir, pathWith } from './lib/node-line';
import { run } from './lib/run';

const [major, separator, ...command] = process.argv.slice(2);
if (!major || !/^\d+$/.test(major) || separator !== '--' || command.length === 0) {
  console.error('usage: tsx scripts/on-node.ts <major> -- <command…>');
  process.exit(2);
}
const [program = '', ...args] = command;

if (process.versions.node.split('.')[0] === major) process.exit(run(program, args));

if (!existsSync(path.resolve('scripts', 'node-lines', major, 'package.json'))) {
  console.error(`✗ no Node ${major} is pinned: add scripts/node-lines/${major}/package.json`);
  process.exit(2);
}
const binDir = nodeLineBinDir(major);
if (!binDir) {
  const message = `Node ${major} is not available as node-${process.platform}-${process.arch} here`;
  // Elsewhere than CI, a platform without the package skips the smoke; CI must run it.
  if (process.env.CI) {
    console.error(`✗ ${message}`);
    process.exit(1);
  }
  console.warn(`⚠ ${message}: the Node ${major} smoke test is SKIPPED`);
  process.exit(0);
}
console.log(`· under Node ${major}: ${command.join(' ')}`);
process.exit(run(program, args, { PATH: pathWith(binDir) }));
