/**
 * A release's archived dataset.json (data/releases/<version>/dataset.json),
 * read for its figures only: an older release may predate today's schema,
 * so each figure is compared as it was written, not re-validated.
 */
import type { Figure } from './schema';

export function archivedFigures(text: string): Figure[] {
  const parsed = JSON.parse(text) as { figures?: unknown };
  if (!Array.isArray(parsed.figures)) throw new Error('expected an archived dataset.json with a "figures" array');
  return parsed.figures as Figure[];
}
