/**
 * What the edge host draws from: the release the static site was built from (the dataset the bake validated,
 * bundled with the worker as with the browser's renderer) and the build's identity, which scripts/build-edge.ts
 * writes beside the worker's assets. Together they key every cached response: a release's data never changes,
 * and a build's pages are its own.
 */
import dataset from 'virtual:bundled-dataset';
import { build } from 'virtual:edge-assets';
import { siteName, viewVocabulary } from '@/lib/dataset/query';

export { dataset };
export const vocabulary = viewVocabulary(dataset);
export const SITE_NAME = siteName(dataset);
/** "2.0.0+3f9c…": the data release, and the build's hash of its pages. */
export const RELEASE = `${dataset.meta.version}+${build}`;
