/**
 * npm run data:release, run as a maintainer runs it (the real script, in a child process) on a copy of a
 * synthetic dataset: it records the release a change needs, and refuses one that nothing asks for.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataset } from '@/server/testing/dataset-folders';
import { syntheticDataset } from '../lib/dataset/testing/synthetic';
import { DOWNLOADS, datasetJson } from '../lib/downloads/csv';

const exec = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), 'data-release-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A released synthetic dataset, its release archived as the script archives it. */
function releasedCopy(name: string) {
  const { files, articles, dataset } = syntheticDataset({ companies: 6, years: 1 });
  const dirs = writeDataset(path.join(root, name), files, articles);
  mkdirSync(path.join(dirs.dataDir, 'releases', '1.0.0'), { recursive: true });
  writeFileSync(path.join(dirs.dataDir, 'releases', '1.0.0', 'dataset.json'), datasetJson(dataset));
  return dirs;
}

async function release(dirs: { dataDir: string; articlesDir: string }, args: string[]) {
  try {
    const { stdout, stderr } = await exec(path.resolve('node_modules/.bin/tsx'), ['scripts/release-data.ts', ...args], {
      env: { ...process.env, DATASET_DIR: dirs.dataDir, ARTICLES_DIR: dirs.articlesDir },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A data file as the test reads it back: only the fields it looks at. */
type Figures = { id: string; note?: string; value: { low: number; high: number } }[];
const json = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

describe('npm run data:release', () => {
  it(
    'records a change: the changelog entry with its figures and hash, meta.json’s version, and the release’s downloads archived; the data check then passes',
    { timeout: 60_000 },
    async () => {
      const dirs = releasedCopy('changed');
      const figuresFile = path.join(dirs.dataDir, 'figures.json');
      const figures = json<Figures>(figuresFile);
      figures[0]!.note = 'A note added after the first release.';
      writeFileSync(figuresFile, JSON.stringify(figures, null, 2));

      const result = await release(dirs, ['--summary', 'A note on one figure.', '--date', '2030-01-02']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Since release 1.0.0: 1 changed.');
      const [entry] = json<{ version: string; hash: string; added: string[]; changed: string[]; removed: string[] }[]>(
        path.join(dirs.dataDir, 'changelog.json'),
      );
      expect(entry).toMatchObject({
        version: '1.1.0',
        date: '2030-01-02',
        summary: 'A note on one figure.',
        added: [],
        changed: [figures[0]!.id],
        removed: [],
      });
      expect(entry!.hash).toMatch(/^[0-9a-f]{12}$/);
      expect(json<{ version: string }>(path.join(dirs.dataDir, 'meta.json')).version).toBe('1.1.0');
      for (const d of DOWNLOADS)
        expect(existsSync(path.join(dirs.dataDir, 'releases', '1.1.0', d.label)), d.label).toBe(true);
      expect(
        json<{ figures: Figures }>(path.join(dirs.dataDir, 'releases', '1.1.0', 'dataset.json')).figures[0]?.note,
      ).toBe('A note added after the first release.');

      const check = await exec(path.resolve('node_modules/.bin/tsx'), ['scripts/check-data.ts', dirs.articlesDir], {
        env: { ...process.env, DATASET_DIR: dirs.dataDir },
      });
      expect(check.stdout).toContain('✓ dataset');
    },
  );

  it('refuses, writing nothing, when nothing has changed since the last release', { timeout: 60_000 }, async () => {
    const dirs = releasedCopy('unchanged');
    const before = readFileSync(path.join(dirs.dataDir, 'changelog.json'), 'utf8');
    const result = await release(dirs, ['--summary', 'Nothing.', '--date', '2030-01-02']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the data has not changed since release 1.0.0');
    expect(readFileSync(path.join(dirs.dataDir, 'changelog.json'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dirs.dataDir, 'releases', '1.1.0'))).toBe(false);
  });

  it(
    'refuses a change the data check rejects, naming the problem, and writes nothing',
    { timeout: 60_000 },
    async () => {
      const dirs = releasedCopy('broken');
      const figuresFile = path.join(dirs.dataDir, 'figures.json');
      const figures = json<Figures>(figuresFile);
      figures[0]!.value = { low: 1, high: 1 };
      writeFileSync(figuresFile, JSON.stringify(figures, null, 2));
      const result = await release(dirs, ['--summary', 'Broken.', '--date', '2030-01-02']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`figure "${figures[0]!.id}"`);
      expect(result.stderr).toContain('no release recorded: fix the data first');
      expect(json<{ version: string }>(path.join(dirs.dataDir, 'meta.json')).version).toBe('1.0.0');
    },
  );
});
