/**
 * A test dataset as files: what the fixtures (./fixtures.ts) and the synthetic generator (./synthetic.ts)
 * both hand to a build or a check, and how they are written where DATASET_DIR and ARTICLES_DIR point.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Raw dataset files as parsed JSON (or a string, to write broken JSON), keyed by file name. */
export type RawFiles = Record<string, unknown>;
/** Article file name → text. */
export type Articles = Map<string, string>;

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
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      path.join(dataDir, name),
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    );
  }
  for (const [name, text] of articles) writeFileSync(path.join(articlesDir, name), text);
  return { dataDir, articlesDir };
}
