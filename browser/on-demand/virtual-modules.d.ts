/**
 * The dataset the on-demand renderer is bundled with (scripts/build-page-script.ts resolves the module to the
 * copy the bake wrote, .generated/dataset.json, after the data check had validated it): a Dataset.
 */
declare module 'virtual:bundled-dataset' {
  const dataset: import('@/lib/dataset/schema').Dataset;
  export default dataset;
}
