/**
 * The framework floor: the smallest Next.js page (bench/floor), built with the same Next.js and React and
 * served beside the site, so that a missed Lighthouse budget can be put down to the page or the framework.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { precompressDirectory } from '@/scripts/lib/precompress';
import { bin } from '@/scripts/lib/run';
import { sh } from './shared';

export const FLOOR_PAGE = '/_bench/floor';
export const FLOOR_DIR = path.join('out', '_bench', 'floor');

/** Builds bench/floor (basePath /_bench/floor) and puts it, precompressed like the site, under out/_bench/floor. */
export async function buildFloor() {
  const result = await sh(bin('next'), ['build', 'bench/floor']);
  if (result.code !== 0) throw new Error(`the framework floor page did not build:\n${result.output.slice(-2000)}`);
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  cpSync(path.join('bench', 'floor', 'out'), FLOOR_DIR, { recursive: true });
  await precompressDirectory(FLOOR_DIR);
}
