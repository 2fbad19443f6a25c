/**
 * What the reader's browser is sent is what it needs: the on-demand renderer, built as the build builds
 * it (in memory), carries no schema validation library (the data it draws was validated at build) and
 * no Node-only module. A second line behind the import rules of .dependency-cruiser.cjs, on the bundle itself.
 */
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { onDemandBuild } from './build-page-script';

/** A vocabulary stands in for the bundled dataset's: it decides no module either. */
const ON_DEMAND_BUILD = onDemandBuild({
  companies: [],
  years: [],
  yearsFrom: {},
  actualYears: [],
  actualYearsFrom: {},
  stated: { first: '2025-01-01', last: '2025-01-02' },
});

/**
 * The bake writes the dataset the renderer bundles (.generated/dataset.json); unit tests run before any
 * build, and the data's content does not decide which modules are bundled, so an empty one stands in.
 */
const bundledDatasetStub: Plugin = {
  name: 'bundled-dataset-stub',
  setup(b) {
    b.onResolve({ filter: /^virtual:bundled-dataset$/ }, (args) => ({ path: args.path, namespace: 'dataset-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'dataset-stub' }, () => ({ contents: '{}', loader: 'json' }));
  },
};

describe('the on-demand renderer', () => {
  it(
    'bundles no Zod: the queries and builders it runs import the vocabularies from lib/dataset/enums.ts',
    { timeout: 60_000 },
    async () => {
      const result = await build({
        ...ON_DEMAND_BUILD,
        plugins: [bundledDatasetStub, ...(ON_DEMAND_BUILD.plugins ?? [])],
        write: false,
        logLevel: 'silent',
      });
      const inputs = Object.values(result.metafile.outputs).flatMap((o) => Object.keys(o.inputs));
      expect(inputs.filter((i) => i.includes('node_modules/zod/'))).toEqual([]);
      expect(inputs.filter((i) => /(^|\/)lib\/dataset\/schema\.ts$/.test(i))).toEqual([]);
      expect(inputs.filter((i) => /^(server|scripts)\/|^renderer\/hosts\/node\.ts$|^node:/.test(i))).toEqual([]);
    },
  );
});
