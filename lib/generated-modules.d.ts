/**
 * The dataset the on-demand renderer bundles is written by the bake (.generated/dataset.json). Type-checking
 * runs before any build, so the module is declared here; its content is the validated Dataset, and
 * browser/on-demand/dataset.ts says so where it imports it.
 */
declare module '@/.generated/dataset.json' {
  const dataset: unknown;
  export default dataset;
}
