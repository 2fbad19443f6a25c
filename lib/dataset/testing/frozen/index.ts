/**
 * A frozen copy of the dataset (release 2.0.0, the JSON files beside this module), for the tests of what is
 * drawn from data — the renderer's snapshots, the files it makes, the chart model — and the broken-data
 * fixtures made from it (../fixtures.ts), so that editing data/ or recording a release never changes what
 * those tests expect. Only the tests of the live data's own facts read data/.
 */
import { parseDataset } from '../../parse';
import type { Dataset } from '../../schema';
import { type RawFiles, textsOf } from '../raw-files';
import changelog from './changelog.json';
import disagreements from './disagreements.json';
import entities from './entities.json';
import figures from './figures.json';
import ignoredAmounts from './ignored-amounts.json';
import meta from './meta.json';
import sources from './sources.json';

/** The frozen release's files, as parsed JSON, by file name: a fresh copy each time, to break as a fixture likes. */
export function frozenFiles(): RawFiles {
  return structuredClone({
    'meta.json': meta,
    'sources.json': sources,
    'entities.json': entities,
    'figures.json': figures,
    'disagreements.json': disagreements,
    'ignored-amounts.json': ignoredAmounts,
    'changelog.json': changelog,
  });
}

let frozen: Dataset | undefined;

export function frozenDataset(): Dataset {
  if (frozen) return frozen;
  const { dataset, problems } = parseDataset(textsOf(frozenFiles()), 'lib/dataset/testing/frozen');
  if (!dataset) throw new Error(`The frozen dataset does not load: ${problems.map((p) => p.message).join('; ')}`);
  frozen = dataset;
  return frozen;
}
