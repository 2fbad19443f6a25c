/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of a
 * directory (see lib/http/precompressed.ts for why and for which files), in
 * parallel on libuv's thread pool. A copy that would not be smaller is not written.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type Encoding, PRECOMPRESSED, shouldPrecompress } from '../../lib/http/precompressed';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// Brotli 11 (the slowest, ~8% smaller than 9) only for what a page load waits for. The RSC payloads of
// client-side navigation and the data files get 9; the chart SVG downloads (14 MB, mostly an embedded
// font Brotli cannot shrink) get 5, which is 6× faster than 9 on them for 1% more bytes. The on-demand
// renderer's WebAssembly gets 11: 692 kB against 814 kB at 9, for 5 s of build, once per reader's first file.
// Measured on out/.
const BROTLI_QUALITY: Record<string, number> = { '.html': 11, '.js': 11, '.css': 11, '.wasm': 11, '.svg': 5 };
const brotliQuality = (file: string) => BROTLI_QUALITY[path.extname(file)] ?? 9;

const COMPRESS: Record<Encoding, (data: Buffer, file: string) => Promise<Buffer>> = {
  br: (data, file) =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => gz(data, { level: constants.Z_BEST_COMPRESSION }),
};

export async function precompressDirectory(
  dir: string,
): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  let count = 0;
  let bytes = 0;
  let brotliBytes = 0;
  // A few files at a time: the thread pool has four threads, and this keeps memory flat.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const data = await readFile(file);
      if (!shouldPrecompress(file, data.length)) continue;
      count++;
      bytes += data.length;
      for (const { encoding, suffix } of PRECOMPRESSED) {
        const packed = await COMPRESS[encoding](data, file);
        if (packed.length >= data.length) continue;
        if (encoding === 'br') brotliBytes += packed.length;
        await writeFile(file + suffix, packed);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { files: count, bytes, brotliBytes };
}
