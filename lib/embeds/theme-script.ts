/**
 * The embed's one inline script: before the first paint, a theme forced by the
 * URL (validated: only "light" or "dark" are ever written). It is the only
 * inline script on the site, so the embed's Content-Security-Policy allows
 * exactly it by hash (serve.json; lib/embeds/theme-script.test.ts keeps the two in step)
 * and the other pages allow none.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export const THEME_SCRIPT = `try{var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source that allows THEME_SCRIPT, e.g. 'sha256-…'. */
export function themeScriptCspSource(): string {
  return `'sha256-${btoa(String.fromCharCode(...sha256(utf8ToBytes(THEME_SCRIPT))))}'`;
}
