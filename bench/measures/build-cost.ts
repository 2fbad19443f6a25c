/** What a build costs: its time, the bake's, the views it draws, and out/'s files and bytes. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { unstrippedBuild } from '@/scripts/lib/built-site';
import { bin } from '@/scripts/lib/run';
import { sh } from './shared';

export interface BuildCost {
  buildMs: number | null;
  bakeMs: number | null;
  /** The views the build draws (each with its parts and files). */
  views: number;
  /** out/'s files and bytes, without and with the precompressed copies. */
  outFiles: number;
  outBytes: number;
  outFilesWithCopies: number;
  outBytesWithCopies: number;
}

export function outStats(): Pick<BuildCost, 'outFiles' | 'outBytes' | 'outFilesWithCopies' | 'outBytesWithCopies'> {
  const files = readdirSync('out', { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('_bench'))
    .map((f) => path.join('out', f))
    .filter((f) => statSync(f).isFile());
  const own = files.filter((f) => !/\.(br|gz)$/.test(f));
  const bytes = (list: string[]) => list.reduce((n, f) => n + statSync(f).size, 0);
  return {
    outFiles: own.length,
    outBytes: bytes(own),
    outFilesWithCopies: files.length,
    outBytesWithCopies: bytes(files),
  };
}

export async function build(): Promise<Pick<BuildCost, 'buildMs' | 'bakeMs'>> {
  if (process.env.BENCH_SKIP_BUILD === '1') {
    // Measuring `next build`'s output would measure a site nobody ships (and the CSP breaks).
    const unstripped = unstrippedBuild('out');
    if (unstripped) throw new Error(`BENCH_SKIP_BUILD=1, but ${unstripped}; run \`npm run build\` first`);
    return { buildMs: null, bakeMs: null };
  }
  const result = await sh(bin('tsx'), ['scripts/build.ts']);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-2000)}`);
  const bake = result.output.match(/baked .* in (\d+) ms/);
  return { buildMs: Math.round(result.ms), bakeMs: bake ? Number(bake[1]) : null };
}
