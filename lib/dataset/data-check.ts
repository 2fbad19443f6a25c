/**
 * The whole data check, on the dataset's files as text: parse and validate, integrity checks, colours, then
 * (when the article texts are at hand) verbatim quotes and dollar-amount coverage. Pure: the build and
 * `npm run data:check` read the files (server/dataset.ts); the tests hand in fixtures.
 */
import type { ThemeTokens } from '../theme/tokens';
import { checkAgainstArticles, type CoverageReport } from './articles';
import { checkDataset } from './checks';
import { checkColors } from './palette-check';
import { type DatasetTexts, parseDataset } from './parse';
import type { DataProblem } from './problems';
import type { Dataset } from './schema';

export interface DataCheckResult {
  dataset: Dataset | null;
  problems: DataProblem[];
  /** Null when no articles were given. */
  coverage: CoverageReport[] | null;
}

export interface DataCheckInput {
  /** The dataset's files as text, by file name. */
  texts: DatasetTexts;
  /** The article texts by file name, or null when the articles are not at hand. */
  articles: ReadonlyMap<string, string> | null;
  /** The site's colour tokens (app/globals.css), which the entities' colours are held to. */
  tokens: ThemeTokens;
  /** How the folders are named in messages: "data", "../shared/articles". */
  names: { data: string; articles: string };
}

export function checkData({ texts, articles, tokens, names }: DataCheckInput): DataCheckResult {
  const { dataset, problems } = parseDataset(texts, names.data);
  if (!dataset) return { dataset, problems, coverage: null };

  problems.push(...checkDataset(dataset, names.data));
  problems.push(...checkColors(dataset, tokens, { dataDir: names.data }));
  if (articles === null) return { dataset, problems, coverage: null };

  const result = checkAgainstArticles(dataset, articles, names.articles, names.data);
  problems.push(...result.problems);
  return { dataset, problems, coverage: result.coverage };
}
