/**
 * The whole data check: load and validate, integrity checks, then (when the
 * article texts are at hand) verbatim quotes and dollar-amount coverage.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkAgainstArticles, type CoverageReport } from './articles';
import { parseThemeTokens } from '../theme/tokens';
import { checkDataset } from './checks';
import { checkColors } from './palette-check';
import { loadDataset } from './load';
import type { DataProblem } from './problems';
import type { Dataset } from './schema';

export interface DataCheckResult {
  dataset: Dataset | null;
  problems: DataProblem[];
  /** Null when no articles folder was given or found. */
  coverage: CoverageReport[] | null;
}

function display(p: string): string {
  return (path.relative(process.cwd(), p) || '.').split(path.sep).join('/');
}

export function readArticles(dir: string): Map<string, string> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** `names` overrides how the folders are named in messages (tests use "data" and "articles"). */
export function runDataCheck(
  dataDir: string,
  articlesDir: string | null,
  names: { data?: string; articles?: string } = {},
): DataCheckResult {
  const dataDisplay = names.data ?? display(dataDir);
  const { dataset, problems } = loadDataset(dataDir, dataDisplay);
  if (!dataset) return { dataset, problems, coverage: null };

  problems.push(...checkDataset(dataset, dataDisplay));
  problems.push(...checkColors(dataset, stylesheetTokens(), { dataDir: dataDisplay }));
  if (articlesDir === null) return { dataset, problems, coverage: null };

  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    problems.push({
      code: 'articles-folder-missing',
      file: names.articles ?? display(articlesDir),
      message: 'expected a folder holding the article .txt files',
    });
    return { dataset, problems, coverage: null };
  }
  const result = checkAgainstArticles(
    dataset,
    readArticles(articlesDir),
    names.articles ?? display(articlesDir),
    dataDisplay,
  );
  problems.push(...result.problems);
  return { dataset, problems, coverage: result.coverage };
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

/** The colour tokens of the site's stylesheet, which the colour check holds the entities to. */
export function stylesheetTokens() {
  return parseThemeTokens(readFileSync(path.resolve('app', 'globals.css'), 'utf8'));
}
