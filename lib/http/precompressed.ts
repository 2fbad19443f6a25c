/**
 * Precompressed files. The build writes a Brotli (.br) and a gzip (.gz) copy
 * beside every text file of out/ (and the WebAssembly and font the on-demand
 * renderer fetches), at the highest settings (far too slow to run
 * per request: Brotli 11 takes ~1 s for a company page), and the server sends
 * the copy the browser prefers. Brotli 11 makes a company page ~30% smaller
 * than the on-the-fly Brotli 4 it replaces, and the server no longer spends CPU
 * on every response. Hosts that compress by themselves ignore the copies.
 */
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip';

/** Each encoding and the suffix of its file, best first. */
export const PRECOMPRESSED: readonly { encoding: Encoding; suffix: string }[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/** Text, and the two binary kinds that compress well: the renderer's WebAssembly and the export font. */
const COMPRESSIBLE = /\.(html|js|css|svg|txt|json|xml|csv|webmanifest|wasm|ttf)$/i;

/** Below this size the copy saves less than the headers it needs. */
export const MIN_PRECOMPRESS_BYTES = 1024;

/** Whether the build makes compressed copies of this file. */
export function shouldPrecompress(file: string, bytes: number): boolean {
  return COMPRESSIBLE.test(file) && bytes >= MIN_PRECOMPRESS_BYTES;
}

/**
 * The encoding to send, given the request's Accept-Encoding and the copies that
 * exist: the client's preference by q-value, Brotli before gzip on a tie, and
 * none (send the file as it is) when the client accepts neither or prefers identity.
 */
export function preferredEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[],
): Encoding | undefined {
  if (available.length === 0) return undefined;
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  // negotiator 1.x breaks ties by the server's preference (`preferred`); @types/negotiator predates that option.
  const encoding = negotiator.encoding.bind(negotiator) as (
    available: string[],
    options: { preferred: string[] },
  ) => string | undefined;
  const chosen = encoding([...available, 'identity'], { preferred: ['br', 'gzip', 'identity'] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}
