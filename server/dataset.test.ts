import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFiles } from '@/lib/dataset/testing/fixtures';
import { runDataCheck } from './dataset';
import { writeDataset } from './testing/dataset-folders';

const root = mkdtempSync(path.join(tmpdir(), 'data-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the data check on folders', () => {
  const { files, articles } = fixtureFiles(null);
  const dirs = writeDataset(path.join(root, 'frozen'), files, articles);

  it('reads the dataset and the articles from their folders, and finds nothing wrong with a good one', () => {
    const result = runDataCheck(dirs.dataDir, dirs.articlesDir);
    expect(result.problems).toEqual([]);
    expect(result.coverage?.length).toBeGreaterThan(0);
  });

  it('rejects an articles folder that does not exist, naming it as the command line did', () => {
    const missing = path.join(root, 'no-such-folder');
    const { problems } = runDataCheck(dirs.dataDir, missing);
    expect(problems).toEqual([
      {
        code: 'articles-folder-missing',
        file: path.relative(process.cwd(), missing),
        message: 'expected a folder holding the article .txt files',
      },
    ]);
  });

  it('names a missing file by its folder as given', () => {
    rmSync(path.join(dirs.dataDir, 'disagreements.json'));
    const { problems } = runDataCheck(dirs.dataDir, null);
    expect(problems.map((p) => p.file)).toEqual([`${path.relative(process.cwd(), dirs.dataDir)}/disagreements.json`]);
  });
});
