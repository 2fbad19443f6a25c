/**
 * npm run test:growth (part of npm test): the tracker grown to twelve companies over two years, built and
 * checked end to end. A synthetic dataset (lib/dataset/testing/synthetic.ts) is written to .sandbox/, its
 * data check passes, the site builds from it in a sandbox copy of the project, and the growth smoke suite
 * (e2e/growth/) runs against that build. This project's out/ is not touched.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeDataset } from '@/server/testing/dataset-folders';
import { syntheticDataset } from '../lib/dataset/testing/synthetic';
import { SANDBOX_ROOT, buildInSandbox, makeSandbox } from './lib/sandbox';
import { bin } from './lib/run';

const COMPANIES = Number(process.env.GROWTH_COMPANIES ?? 12);
const YEARS = Number(process.env.GROWTH_YEARS ?? 2);
const name = `${COMPANIES}x${YEARS}`;

// Three statements per company-year, a plan and two revisions, and the actual of every year but the newest.
const { files, articles } = syntheticDataset({ companies: COMPANIES, years: YEARS, statements: 3 });
const dirs = writeDataset(path.join(SANDBOX_ROOT, `data-${name}`), files, articles);
const site = makeSandbox(`site-${name}`);
console.log(
  `· building a synthetic tracker of ${COMPANIES} companies over ${YEARS} years in ${path.relative('.', site)}/`,
);
const build = buildInSandbox(site, { DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir });
if (build.code !== 0) {
  console.error(build.output);
  console.error(`✗ the ${name} build failed`);
  process.exit(1);
}
console.log(`✓ built in ${build.seconds.toFixed(1)} s`);
const e2e = spawnSync(bin('playwright'), ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    E2E_SUITE: 'growth',
    E2E_SITE_DIR: site,
    DATASET_DIR: dirs.dataDir,
    E2E_PORT: process.env.E2E_PORT ?? '3101',
  },
});
process.exit(e2e.status ?? 1);
