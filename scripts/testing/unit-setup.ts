/**
 * Before the unit tests: the export font the renderer lays out and draws with
 * (scripts/make-font.ts), which a clean checkout does not have yet, since
 * `npm test` runs the unit tests before the build.
 */
import { existsSync } from 'node:fs';
import { EXPORT_FONT_FILES } from '../../lib/export-font';
import { bin, run } from '../lib/run';

export default function setup(): void {
  if (Object.values(EXPORT_FONT_FILES).every((f) => existsSync(f))) return;
  if (run(bin('tsx'), ['scripts/make-font.ts']) !== 0)
    throw new Error('could not cut the export font (scripts/make-font.ts)');
}
