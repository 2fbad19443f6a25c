/**
 * A frozen copy of the dataset (release 1.0.0, in ./frozen/), for the tests
 * of what is drawn from data — the renderer's snapshots, the files it makes —
 * so that editing data/ never changes what those tests expect. Tests of the
 * live data's own facts read data/.
 */
import path from 'node:path';
import { loadDataset } from '../load';
import type { Dataset } from '../schema';

let frozen: Dataset | undefined;

export function frozenDataset(): Dataset {
  if (frozen) return frozen;
  const { dataset, problems } = loadDataset(path.resolve(import.meta.dirname, 'frozen'));
  if (!dataset) throw new Error(`The frozen dataset does not load: ${problems.map((p) => p.message).join('; ')}`);
  frozen = dataset;
  return frozen;
}
