/**
 * The pages' one inline script, in the layout before any content: on a static host, an address that asks for a
 * view the build did not draw (some of the companies, a day) is first painted as the build drew its default view,
 * until the page script has drawn the one asked for. So that the reader never sees what was not asked for, this
 * line runs before the first paint and, for such an address (unless the edge host drew it already):
 *  - marks <html> (viewArriving) and adds a style that leaves unpainted the rows of companies not asked for, in
 *    the blocks the address drives (the overview's, an embed's), or every chart's rows for a day; the page script
 *    lifts the mark once the view is shown (browser/first-paint.ts), and the style lifts itself after 10 s
 *    whatever happens (no script, a failed load);
 *  - starts fetching the renderer's files (named on the script element), beside the page script.
 * Company slugs are used only if they are slugs (lower-case letters, digits, hyphens), so nothing from the
 * address reaches the style but a slug. The text is constant: the Content-Security-Policy allows it by hash
 * (serve.json; lib/html/first-paint.test.ts keeps the two in step) and the build keeps it, and no other, inline.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export const FIRST_PAINT_SCRIPT = [
  'try{',
  'var d=document.documentElement,q=new URLSearchParams(location.search),c=q.get("companies"),a=q.get("asof"),',
  'r=document.currentScript,h="",n;',
  'if(!d.hasAttribute("data-drawn-at-edge")&&(c||a)){',
  'n=(c||"").split(",").filter(function(x){return/^[a-z0-9-]{1,64}$/.test(x)})',
  '.map(function(x){return\':not([data-entity="\'+x+\'"])\'}).join("");',
  'if(a)h=".chart-variant";',
  'else if(n)h=":is(.chart-block:has([data-overview-controls]),[data-embed-reads] .chart-block) :is(.chart-row-group,tr)[data-entity]"+n;',
  'if(h){d.setAttribute("data-view-arriving","");',
  'var e=document.createElement("style");',
  'e.textContent="html[data-view-arriving] "+h+"{visibility:hidden;animation:view-arriving 0s 10s forwards}@keyframes view-arriving{to{visibility:visible}}";',
  'document.head.append(e);',
  '(r&&r.getAttribute("data-view-renderer")||"").split(" ").forEach(function(u){',
  'if(u){var l=document.createElement("link");l.rel="modulepreload";l.href=u;document.head.append(l)}})}}',
  '}catch(x){}',
].join('');

/** The CSP source that allows FIRST_PAINT_SCRIPT, e.g. 'sha256-…'. */
export function firstPaintScriptCspSource(): string {
  return `'sha256-${btoa(String.fromCharCode(...sha256(utf8ToBytes(FIRST_PAINT_SCRIPT))))}'`;
}
