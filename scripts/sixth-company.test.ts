/**
 * Adding a company is a data change: a sixth company, written into a copy of data/ as the README says
 * (its entity, its figure with the quote, its source and the article), the release recorded with
 * npm run data:release, then the site built from that copy in a sandbox. It gets a page, a bar, a colour
 * of its own and every export, and no file of the project changes. The company is fictional.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIEW_FILES } from '@/lib/charts/exports/export-paths';
import { syntheticArticles } from '@/lib/dataset/testing/fixtures';
import { readRawFiles, writeDataset } from '@/server/testing/dataset-folders';
import { SANDBOX_ROOT, type SandboxBuild, buildInSandbox, makeSandbox } from './lib/sandbox';
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

let site = '';
let build: SandboxBuild;
let release = '';
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
  site = makeSandbox('site-sixth-company');
  build = buildInSandbox(site, { DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir });
}, 300_000);

const out = (file: string) => path.join(site, 'out', file);
const html = (file: string) => readFileSync(out(file), 'utf8');

describe('a sixth company added in data/ alone', () => {
  it('is recorded as a release adding its figure, and the site builds', () => {
    expect(release).toContain('1 figure added');
    expect(build.output).toContain('✓ static site built');
    expect(build.code).toBe(0);
  });

  it('gets its own page', () => {
    expect(html('companies/northwind-cloud.html')).toContain(`<h1`);
    expect(html('companies/northwind-cloud.html')).toContain(NAME);
    expect(html('sitemap.xml')).toContain('/companies/northwind-cloud');
  });

  it('gets a bar on the overview, in a colour no other company has', () => {
    const page = html('index.html');
    const fills = [
      ...page.matchAll(/data-entity="([a-z-]+)"[^]*?data-mark="bar"><rect [^>]*fill="var\((--color-[a-z0-9-]+)\)"/g),
    ].map((m) => [m[1], m[2]] as const);
    const byEntity = new Map(fills);
    expect(byEntity.get(SLUG)).toMatch(/^--color-series-\d+$/);
    const others = [...byEntity].filter(([slug]) => slug !== SLUG).map(([, token]) => token);
    expect(others.length).toBeGreaterThanOrEqual(4);
    expect(others).not.toContain(byEntity.get(SLUG));
  });

  it('gets every export: its highlighted view’s images, PowerPoint, CSV and oEmbed, its link preview, and a row in the deck and the downloads', () => {
    const key = readdirKey();
    for (const f of VIEW_FILES) expect(existsSync(out(`charts/${key}/${f.file}`)), f.file).toBe(true);
    expect(existsSync(out(`charts/${key}/oembed.json`))).toBe(true);
    expect(existsSync(out('og/companies/northwind-cloud.png'))).toBe(true);
    expect(readFileSync(out(`charts/${key}/data.csv`), 'utf8')).toContain(QUOTE);
    expect(readFileSync(out('data/figures.csv'), 'utf8')).toContain(FIGURE);
    expect(html('changelog.atom')).toContain(`${NAME} added.`);
  });

  it('touches no file of the project', () => {
    expect(gitStatus()).toBe(statusBefore);
  });
});

/** The folder of the overview's view highlighting the new company. */
function readdirKey(): string {
  const match = /data-view-key="(capex-\d{4}--per-year--highlight-northwind-cloud)"/.exec(
    html('companies/northwind-cloud.html'),
  );
  expect(match, 'the company page shows the plans chart highlighting it').not.toBeNull();
  return match![1]!;
}
