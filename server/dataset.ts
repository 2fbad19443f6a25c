/**
 * The dataset on disk (Node, at build): where its folder is, reading its files and the article texts, and
 * running the data check on them (lib/dataset/data-check.ts). Bad data never throws here: the problems come
 * back, each naming file, record and field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type DataCheckResult, checkData } from '@/lib/dataset/data-check';
import { type DatasetTexts, type LoadResult, parseDataset } from '@/lib/dataset/parse';
import { DATASET_FILES } from '@/lib/dataset/schema';
import { type ThemeTokens, parseThemeTokens } from '@/lib/theme/tokens';

/** A folder as messages name it: relative to the working directory, with forward slashes. */
function display(p: string): string {
  return (path.relative(process.cwd(), p) || '.').split(path.sep).join('/');
}

/** The dataset folder: DATASET_DIR when set (tests point it at broken fixtures), else ./data. */
export function datasetDir(): string {
  return path.resolve(process.env.DATASET_DIR ?? 'data');
}

/** The articles folder: an explicit path, else ARTICLES_DIR, else ../shared/articles when it exists, else none. */
export function articlesDirFrom(arg: string | undefined): string | null {
  if (arg) return path.resolve(arg);
  if (process.env.ARTICLES_DIR) return path.resolve(process.env.ARTICLES_DIR);
  const fallback = path.resolve('..', 'shared', 'articles');
  return existsSync(fallback) ? fallback : null;
}

/** The dataset's files in `dir`, as text; a missing one is absent. */
export function readDatasetTexts(dir: string): DatasetTexts {
  const texts: Record<string, string> = {};
  for (const { file } of Object.values(DATASET_FILES)) {
    const full = path.join(dir, file);
    if (existsSync(full)) texts[file] = readFileSync(full, 'utf8');
  }
  return texts;
}

/** Reads and validates the dataset in `dir` (the integrity checks are the data check's). */
export function loadDataset(dir: string): LoadResult {
  return parseDataset(readDatasetTexts(dir), display(dir));
}

/** Every article's text in `dir`, by file name. */
export function readArticles(dir: string): Map<string, string> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** The colour tokens of the site's stylesheet, which the colour check holds the entities to. */
export function stylesheetTokens(): ThemeTokens {
  return parseThemeTokens(readFileSync(path.resolve('app', 'globals.css'), 'utf8'));
}

/** The whole data check on the folders: the dataset's, and the articles' when given. */
export function runDataCheck(dataDir: string, articlesDir: string | null): DataCheckResult {
  const names = { data: display(dataDir), articles: articlesDir ? display(articlesDir) : '' };
  const input = { texts: readDatasetTexts(dataDir), tokens: stylesheetTokens(), names };
  if (articlesDir !== null && (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory())) {
    const result = checkData({ ...input, articles: null });
    if (!result.dataset) return result;
    return {
      ...result,
      problems: [
        ...result.problems,
        {
          code: 'articles-folder-missing',
          file: names.articles,
          message: 'expected a folder holding the article .txt files',
        },
      ],
    };
  }
  return checkData({ ...input, articles: articlesDir === null ? null : readArticles(articlesDir) });
}
