/**
 * Builds when out/ is missing, older than its sources or made for another SITE_URL (its absolute links depend
 * on it): what `npm start` and `npm run edge` do before serving.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { SITE_URL } from '../../lib/site';
import { unstrippedBuild } from './built-site';
import { BUILD_INPUTS, BUILD_STAMP, newestMtime, run } from './run';

/** The last build's time and the SITE_URL it was made for. */
export function lastBuild(): { at: number; siteUrl: string | null } {
  if (!existsSync(BUILD_STAMP) || !existsSync('out/index.html')) return { at: 0, siteUrl: null };
  try {
    return {
      at: statSync(BUILD_STAMP).mtimeMs,
      siteUrl: (JSON.parse(readFileSync(BUILD_STAMP, 'utf8')) as { siteUrl?: string }).siteUrl ?? null,
    };
  } catch {
    return { at: 0, siteUrl: null };
  }
}

/** Builds if out/ is not the build of the sources here for this SITE_URL; exits with the build's code if it fails. */
export function ensureBuild(): void {
  const built = lastBuild();
  const unstripped = built.at === 0 ? null : unstrippedBuild('out');
  const reason =
    built.at === 0
      ? 'No build yet: building…'
      : unstripped
        ? `${unstripped}: rebuilding…`
        : newestMtime(BUILD_INPUTS) > built.at
          ? 'Sources changed since the last build: rebuilding…'
          : built.siteUrl !== SITE_URL
            ? `The last build was for ${built.siteUrl}; rebuilding for ${SITE_URL}…`
            : null;
  if (!reason) {
    console.log('Build is up to date.');
    return;
  }
  console.log(reason);
  const code = run('npm', ['run', 'build']);
  if (code !== 0) process.exit(code);
}
