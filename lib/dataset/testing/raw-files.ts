/**
 * A test dataset as files: what the fixtures (./fixtures.ts) and the synthetic generator (./synthetic.ts)
 * hand to the data check (as text) or to a build (server/testing/dataset-folders.ts writes them to folders).
 */
import type { DatasetTexts } from '../parse';

/** Raw dataset files as parsed JSON (or a string, to write broken JSON), keyed by file name. */
export type RawFiles = Record<string, unknown>;
/** Article file name → text. */
export type Articles = Map<string, string>;

/** Each file as the text it would be written as: JSON, two-space indented, with a final newline. */
export function textsOf(files: RawFiles): DatasetTexts {
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => [
      name,
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    ]),
  );
}
