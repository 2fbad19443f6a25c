/**
 * A release's archived dataset.json (data/releases/<version>/dataset.json): the whole dataset as it was
 * released, one JSON object with a member per part. Its figures can be read as they were written, whatever
 * schema they predate (the changelog compares them); the whole archive is read through today's schema when a
 * pinned embed draws it.
 */
import { type DatasetTexts, type LoadResult, parseDataset } from './parse';
import { DATASET_FILES, type Figure } from './schema';

export function archivedFigures(text: string): Figure[] {
  const parsed = JSON.parse(text) as { figures?: unknown };
  if (!Array.isArray(parsed.figures)) throw new Error('expected an archived dataset.json with a "figures" array');
  return parsed.figures as Figure[];
}

/** The archived dataset, validated part by part as data/ is; `where` names it in problems ("data/releases/2.0.0"). */
export function archivedDataset(text: string, where: string): LoadResult {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const texts: DatasetTexts = Object.fromEntries(
    Object.entries(DATASET_FILES).map(([part, { file }]) => [
      file,
      parsed[part] === undefined ? undefined : JSON.stringify(parsed[part]),
    ]),
  );
  return parseDataset(texts, where);
}

/** "2.0.0" → 2 */
export const majorOf = (version: string): number => Number(version.split('.')[0]);
