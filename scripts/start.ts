/**
 * npm start: builds when out/ is missing or older than its sources, then serves it.
 */
import { ensureBuild } from './lib/ensure-build';
import { bin, run } from './lib/run';

ensureBuild();
process.exit(run(bin('tsx'), ['scripts/serve.ts']));
