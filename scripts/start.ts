/**
 * npm start: builds when out/ is missing or older than its sources, then serves it.
 */
import { existsSync, statSync } from 'node:fs';
import { BUILD_INPUTS, BUILD_STAMP, bin, newestMtime, run } from './lib/run';

const built = existsSync(BUILD_STAMP) && existsSync('out/index.html') ? statSync(BUILD_STAMP).mtimeMs : 0;
if (built === 0 || newestMtime(BUILD_INPUTS) > built) {
  console.log(built === 0 ? 'No build yet: building…' : 'Sources changed since the last build: rebuilding…');
  const code = run('npm', ['run', 'build']);
  if (code !== 0) process.exit(code);
} else {
  console.log('Build is up to date.');
}
process.exit(run(bin('tsx'), ['scripts/serve.ts']));
