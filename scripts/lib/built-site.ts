/**
 * What the site's pages may load after the build strips Next's runtime, and a
 * check that out/ is such a build: `next build` alone leaves the runtime in,
 * which the committed Content-Security-Policy then blocks, so `npm start`
 * rebuilds such an out/, and the server and the bench refuse it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { THEME_SCRIPT } from '../../lib/embeds/theme-script';
import { FIRST_PAINT_SCRIPT } from '../../lib/html/first-paint';
import {
  PAGE_SCRIPT_SRC,
  type ScriptAllowlist,
  disallowedScripts,
  isStrippablePage,
} from '../../lib/html/strip-framework-runtime';

/** The page script, and the embed's theme line (allowed by hash in its CSP). */
export const SITE_SCRIPTS: ScriptAllowlist = { src: PAGE_SCRIPT_SRC, inline: [THEME_SCRIPT, FIRST_PAINT_SCRIPT] };

/** Why out/ is not a build of `npm run build`, or null if it is. */
export function unstrippedBuild(outDir = 'out'): string | null {
  if (!existsSync(path.join(outDir, 'index.html'))) return `${outDir}/ holds no site`;
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(isStrippablePage)) {
    const left = disallowedScripts(readFileSync(path.join(outDir, file), 'utf8'), SITE_SCRIPTS);
    if (left.length > 0)
      return `${outDir}/${file} still loads ${left[0]}: it was built by \`next build\` alone, not \`npm run build\``;
  }
  return null;
}
