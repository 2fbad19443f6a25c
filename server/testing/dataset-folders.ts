/**
 * Test datasets as folders: a dataset (lib/dataset/testing/raw-files.ts) written where DATASET_DIR and
 * ARTICLES_DIR point a build, a data check or a release at it, and a dataset folder read back as raw files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATASET_FILES } from '@/lib/dataset/schema';
import { type Articles, type RawFiles, textsOf } from '@/lib/dataset/testing/raw-files';

/** The dataset files of a folder (data/, by default), as parsed JSON. */
export function readRawFiles(dir = 'data'): RawFiles {
  const files: RawFiles = {};
  for (const { file } of Object.values(DATASET_FILES))
    files[file] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
  return files;
}

/** Writes a dataset as folders `<root>/data` and `<root>/articles`, for DATASET_DIR and ARTICLES_DIR. */
export function writeDataset(
  root: string,
  files: RawFiles,
  articles: Articles,
): { dataDir: string; articlesDir: string } {
  const dataDir = path.join(root, 'data');
  const articlesDir = path.join(root, 'articles');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(articlesDir, { recursive: true });
  for (const [name, text] of Object.entries(textsOf(files)))
    if (text !== undefined) writeFileSync(path.join(dataDir, name), text);
  for (const [name, text] of articles) writeFileSync(path.join(articlesDir, name), text);
  return { dataDir, articlesDir };
}
