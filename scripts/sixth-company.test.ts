/**
 * Adding a company is a data change: a sixth company, written into a copy of data/ as the README says
 * (its entity, its figure with the quote, its source and the article), the release recorded with
 * npm run data:release, the whole data check passing, and no file of the project changing. The company is
 * fictional. That a company added as data gets its page, its bar in a colour of its own and every export is
 * shown on a built site by the growth check (scripts/growth-check.ts, e2e/growth/): twelve companies, all data.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { colorTokenFor, primaryEntities } from '@/lib/dataset/query';
import { syntheticArticles } from '@/lib/dataset/testing/fixtures';
import { readRawFiles, writeDataset } from '@/server/testing/dataset-folders';
import { loadDataset } from '@/server/dataset';
import { SANDBOX_ROOT } from './lib/sandbox';
import { bin } from './lib/run';

const exec = promisify(execFile);
const SLUG = 'northwind-cloud';
const NAME = 'Northwind Cloud';
const FIGURE = `${SLUG}-capex-plan`;
const QUOTE = 'Northwind Cloud plans to spend $40 billion on capital expenditures in 2025.';

type Json = Record<string, unknown>;
/** The project's sources and data as git sees them: a data-only change in a copy leaves them as they were. */
const gitStatus = () =>
  execFileSync(
    'git',
    ['status', '--porcelain', '--', 'data', 'app', 'components', 'lib', 'renderer', 'browser', 'public'],
    { encoding: 'utf8' },
  );

let release = '';
let check = '';
let released: Record<string, unknown> = {};
const statusBefore = gitStatus();

beforeAll(async () => {
  // data/ as it is, with the real releases' archives, and stand-ins for the articles made of their quotes.
  const files = readRawFiles();
  const articles = syntheticArticles(files);
  const year = Object.keys((files['entities.json'] as Json[]).find((e) => e.role === 'primary')!.plans as Json)
    .sort()
    .at(-1)!;
  // The maintainer's edits: an entity, a figure with its quote, a source, the article. No colour: the palette gives one.
  (files['entities.json'] as Json[]).splice(4, 0, {
    slug: SLUG,
    name: NAME,
    kind: 'company',
    role: 'primary',
    ticker: null,
    fiscalYearEnd: '--12-31',
    plans: { [year]: FIGURE },
    description: 'A fictional cloud company, added by the test of a data-only change.',
  });
  (files['figures.json'] as Json[]).push({
    id: FIGURE,
    entity: SLUG,
    metric: 'capex',
    segment: null,
    period: { label: year, start: `${year}-01-01`, end: `${year}-12-31`, basis: 'calendar' },
    value: { low: 40e9, high: 40e9 },
    qualifier: 'exact',
    kind: 'plan',
    stated: { on: (files['meta.json'] as Json).asOf, by: null, at: 'its budget statement' },
    citations: [{ source: 'northwind-daily', quote: QUOTE, role: 'states-value' }],
  });
  (files['sources.json'] as Json[]).push({
    id: 'northwind-daily',
    kind: 'article',
    file: 'northwind-daily.txt',
    publisher: 'Northwind Daily',
    headline: 'Northwind Cloud sets its budget',
    headlineBasis: 'printed',
    published: (files['meta.json'] as Json).asOf,
    publishedBasis: 'printed',
    url: 'https://example.com/northwind-cloud',
    urlKind: 'original',
  });
  articles.set('northwind-daily.txt', `Northwind Cloud sets its budget\n\n${QUOTE}\n`);
  const dirs = writeDataset(path.join(SANDBOX_ROOT, 'data-sixth-company'), files, articles);
  cpSync(path.resolve('data', 'releases'), path.join(dirs.dataDir, 'releases'), { recursive: true });

  const env = { ...process.env, DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir };
  release = (await exec(bin('tsx'), ['scripts/release-data.ts', '--summary', `${NAME} added.`], { env })).stdout;
  check = (await exec(bin('tsx'), ['scripts/check-data.ts', dirs.articlesDir], { env })).stdout;
  released = readRawFiles(dirs.dataDir);
}, 120_000);

describe('a sixth company added in data/ alone', () => {
  it('is recorded as a release adding its figure, and the whole data check passes', () => {
    expect(release).toContain('1 figure added');
    expect(check).toContain('✓');
    const [newest] = released['changelog.json'] as Json[];
    expect(newest!.added).toEqual([FIGURE]);
    expect(newest!.summary).toBe(`${NAME} added.`);
  });

  it('is a compared company with its plan, taking a colour of the palette no other company has', () => {
    const { dataset } = loadDataset(path.join(SANDBOX_ROOT, 'data-sixth-company', 'data'));
    const entity = primaryEntities(dataset!).find((e) => e.slug === SLUG)!;
    expect(Object.values(entity.plans)).toEqual([FIGURE]);
    const token = colorTokenFor(dataset!, SLUG);
    expect(token).toMatch(/^--color-series-\d+$/);
    expect(
      primaryEntities(dataset!)
        .filter((e) => e.slug !== SLUG)
        .map((e) => colorTokenFor(dataset!, e.slug)),
    ).not.toContain(token);
  });

  it('touches no file of the project', () => {
    expect(gitStatus()).toBe(statusBefore);
  });
});
