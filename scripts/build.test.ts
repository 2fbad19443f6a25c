/**
 * Bad data stops `npm run build` — the real build script, in a child process — with the check's message,
 * and leaves the previous out/ exactly as it was. Every kind of bad data is refused by the data check
 * (lib/dataset/checks.test.ts runs each broken fixture through it); here one of them goes through the build.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_FIXTURES, type BrokenFixture, fixtureFiles } from '../lib/dataset/testing/fixtures';
import { syntheticDataset } from '../lib/dataset/testing/synthetic';
import { writeDataset } from '../server/testing/dataset-folders';
import { buildInSandbox, makeSandbox } from './lib/sandbox';

const run = promisify(execFile);

function writeFixture(dir: string, fixture: BrokenFixture | null) {
  const { files, articles } = fixtureFiles(fixture);
  return writeDataset(dir, files, articles);
}
const root = mkdtempSync(path.join(tmpdir(), 'build-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What "out/ as it was" means: the same entries, and the same page files, untouched. */
function snapshot(): string {
  if (!existsSync('out')) return 'no out/';
  const entries = readdirSync('out').sort();
  const page = path.join('out', 'index.html');
  return `${entries.join(',')} | index.html ${existsSync(page) ? statSync(page).mtimeMs : 'missing'}`;
}

async function build(
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const merged = { ...process.env, ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  try {
    const { stdout, stderr } = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/build.ts'], { env: merged });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run build with a broken dataset', () => {
  const before = snapshot();
  // A fault the schema finds in a figure: the message names the file, the record and the field.
  const fixture = BROKEN_FIXTURES.find((f) => f.name === 'value-wrong-type');
  if (!fixture) throw new Error('The build test’s fixture is gone from lib/dataset/testing/fixtures.ts');
  {
    it.concurrent(`stops on ${fixture.breaks}, says so, and leaves out/ as it was`, { timeout: 60_000 }, async () => {
      const dirs = writeFixture(path.join(root, fixture.name), fixture);
      const result = await build({ DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir });
      expect(result.code).not.toBe(0);
      const file = path.basename(fixture.expected.file);
      expect(result.stderr).toContain(file);
      if (fixture.expected.record) expect(result.stderr).toContain(fixture.expected.record);
      if (fixture.expected.field) expect(result.stderr).toContain(fixture.expected.field);
      // The unit tests name the folders "data" and "articles"; here they are temporary folders.
      expect(result.stderr).toMatch(
        new RegExp(
          fixture.expected.message.source.replace(/(data|articles)\\?\//g, '.*'),
          fixture.expected.message.flags,
        ),
      );
      expect(result.stderr).toContain('build stopped at the data check; out/ was left as it was');
      expect(result.stderr, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(snapshot()).toBe(before);
    });
  }
});

describe('npm run build without SITE_URL', () => {
  const broken = BROKEN_FIXTURES[0] ?? null;
  it.concurrent(
    'warns, before anything else, that previews, the sitemap and exports will point at localhost',
    { timeout: 60_000 },
    async () => {
      const dirs = writeFixture(path.join(root, 'no-site-url'), broken);
      const result = await build({ DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir, SITE_URL: undefined });
      expect(result.stderr).toMatch(
        /SITE_URL is not set: link previews, the sitemap, canonical links and the footer of every\s+exported image and slide will point at http:\/\/localhost:3000/,
      );
      expect(result.stderr.indexOf('SITE_URL is not set')).toBeLessThan(result.stderr.indexOf('data check'));
    },
  );

  it.concurrent('says nothing of it when SITE_URL is set', { timeout: 60_000 }, async () => {
    const dirs = writeFixture(path.join(root, 'with-site-url'), broken);
    const result = await build({
      DATASET_DIR: dirs.dataDir,
      ARTICLES_DIR: dirs.articlesDir,
      SITE_URL: 'https://capex.example.org',
    });
    expect(result.stderr).not.toContain('SITE_URL');
  });
});

describe('npm run build failing after Next has written the new site', () => {
  // In a sandbox copy of the project, whose out/ holds a last good site. A small synthetic tracker with an older
  // release whose downloads were never archived: the data check passes, Next exports the whole site, then
  // publishing the releases finds no archived files for the older one, and the build fails.
  it('stops, says why, and puts the last good out/ back exactly as it was', { timeout: 240_000 }, () => {
    const site = makeSandbox('late-failure');
    const out = path.join(site, 'out');
    mkdirSync(path.join(out, 'companies'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'the last good site');
    writeFileSync(path.join(out, 'companies', 'amazon.html'), 'the last good page');
    const { files, articles } = syntheticDataset({ companies: 2, years: 1 });
    const [release] = files['changelog.json'] as { version: string }[];
    files['changelog.json'] = [release, { ...release, version: '0.9.0', added: [] }];
    const dirs = writeDataset(path.join(root, 'no-archives'), files, articles);
    const result = buildInSandbox(site, { DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Generating static pages');
    expect(result.output).toMatch(
      /build stopped publishing the dataset's releases: release [\d.]+ has no archived files in .*; out\/ was left as it was/,
    );
    expect(readdirSync(out).sort()).toEqual(['companies', 'index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readFileSync(path.join(out, 'companies', 'amazon.html'), 'utf8')).toBe('the last good page');
    expect(existsSync(path.join(site, 'out-last-good'))).toBe(false);
  });
});
