/**
 * The layers are rules the tools enforce (.dependency-cruiser.cjs), not sentences in a doc: a module that
 * breaks one fails `npm run lint`. Each probe below is written where it would break a rule, cruised with the
 * project's configuration, and removed again.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bin } from './lib/run';

const run = promisify(execFile);

const PROBES = [
  { file: 'lib/zz-lint-probe.ts', imports: '@/renderer/view-parts', rule: 'lib-imports-nothing-above-it' },
  { file: 'lib/zz-lint-probe-fs.ts', imports: 'node:fs', rule: 'lib-uses-no-node' },
  { file: 'browser/zz-lint-probe.ts', imports: 'node:fs', rule: 'browser-code-uses-no-node' },
  { file: 'renderer/zz-lint-probe.ts', imports: '@/server/data', rule: 'browser-code-uses-no-build-time-code' },
  {
    file: 'browser/zz-lint-probe-host.ts',
    imports: '@/renderer/hosts/node',
    rule: 'browser-code-uses-no-build-time-code',
  },
] as const;

describe('the import rules', () => {
  it(
    'fail the lint on an import across a layer: lib/ reaching up, Node or build-time code in the browser’s',
    { timeout: 60_000 },
    async () => {
      for (const probe of PROBES) writeFileSync(probe.file, `export * from '${probe.imports}';\n`);
      try {
        const result = await run(bin('depcruise'), [
          ...PROBES.map((p) => p.file),
          '--config',
          '.dependency-cruiser.cjs',
        ]).then(
          () => ({ code: 0, stdout: '' }),
          (error: { code: number; stdout: string }) => error,
        );
        expect(result.code).not.toBe(0);
        for (const probe of PROBES)
          expect(result.stdout).toMatch(new RegExp(`${probe.rule}: ${probe.file.replace('.', '\\.')} →`));
      } finally {
        for (const probe of PROBES) rmSync(path.resolve(probe.file), { force: true });
      }
    },
  );
});
