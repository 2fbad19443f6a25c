/**
 * The pages ship no framework runtime. Next renders them at build time with
 * React server components, and every page is complete HTML: the charts are
 * baked SVG, the switches are CSS, the cards are fetched fragments. What a
 * reader's browser would still get from Next is its client runtime (~135 kB
 * gzip of chunks, run on load) and the RSC payload (the page's markup again,
 * as inline script, half of each page's HTML), there only to hydrate a React
 * tree in which nothing is interactive: the interactive parts are one small
 * script of our own (browser/page-script.ts). So the build removes them.
 *
 * It is an allowlist: a page keeps only the scripts it is allowed (our page
 * script, at /js/page-<hash>.js, and inline scripts whose text is allowed, i.e.
 * the embed's theme line, which its CSP allows by hash). Every other script
 * tag, inline or not, and every script preload goes, whatever its attribute
 * order. Afterwards a page may name no JavaScript file but the page script;
 * if it does, the build stops and says so.
 */

export interface ScriptAllowlist {
  /** The page script's URL path pattern. */
  src: RegExp;
  /** The exact texts of the inline scripts a page may keep. */
  inline: readonly string[];
}

/** Our page script, as scripts/build-page-script.ts names it. */
export const PAGE_SCRIPT_SRC = /^\/js\/page-[A-Za-z0-9_-]+\.js$/;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*?)\/?>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/** Any JavaScript file a page names, in an attribute. */
const JS_REFERENCE = /(?:src|href)\s*=\s*["']?([^"'\s>?#]+\.m?js)(?=[?#"'\s>])/gi;

/** A tag's attributes, names lower-cased: `<script type="module" src="/a.js">` → { type: 'module', src: '/a.js' }. */
export function attributesOf(attributes: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name = '', dq, sq, bare] of attributes.matchAll(ATTRIBUTE))
    out[name.toLowerCase()] = dq ?? sq ?? bare ?? '';
  return out;
}

export interface StripResult {
  html: string;
  /** How many script and preload tags were removed. */
  removed: number;
}

function allowedScript(attributes: Record<string, string>, body: string, allow: ScriptAllowlist): boolean {
  if (attributes.src !== undefined) return allow.src.test(attributes.src) && body.trim() === '';
  return allow.inline.includes(body);
}

function scriptPreload(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  const loads = rel.includes('preload') || rel.includes('modulepreload') || rel.includes('prefetch');
  return (
    loads &&
    (attributes.as === 'script' || rel.includes('modulepreload') || /\.m?js(?:[?#]|$)/.test(attributes.href ?? ''))
  );
}

/** The JavaScript files a page still names that the allowlist does not allow (empty for a stripped page). */
export function disallowedScripts(html: string, allow: ScriptAllowlist): string[] {
  const found: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (!allowedScript(attributesOf(attributes), body, allow))
      found.push(attributesOf(attributes).src ?? `inline script "${body.trim().slice(0, 40)}"`);
  }
  for (const [, path = ''] of html.matchAll(JS_REFERENCE)) if (!allow.src.test(path)) found.push(path);
  return [...new Set(found)];
}

export function stripFrameworkRuntime(html: string, allow: ScriptAllowlist): StripResult {
  let removed = 0;
  const out = html
    .replace(SCRIPT, (tag, attributes: string, body: string) => {
      if (allowedScript(attributesOf(attributes), body, allow)) return tag;
      removed++;
      return '';
    })
    .replace(LINK, (tag, attributes: string) => {
      if (!scriptPreload(attributesOf(attributes))) return tag;
      removed++;
      return '';
    });
  const left = disallowedScripts(out, allow);
  if (left.length > 0)
    throw new Error(
      `the page still names JavaScript it is not allowed after stripping: ${left.join(', ')} (has Next changed its output?)`,
    );
  return { html: out, removed };
}

/** Which files of out/ (paths relative to it) are stripped: the pages, not the benchmark's framework floor (measured as Next emits it) nor the chart fragments (no scripts). */
export function isStrippablePage(relativePath: string): boolean {
  return relativePath.endsWith('.html') && !relativePath.startsWith('_bench/') && !relativePath.startsWith('charts/');
}

/**
 * Next's static files that nothing published refers to once the runtime is
 * stripped (its chunks, the polyfill, the build manifests), so they are not
 * published either: out/ holds what readers load and nothing else. A file is
 * kept when any page, stylesheet or other text file outside Next's own
 * scripts names it (the inlined stylesheet's fonts, for instance).
 * `files` maps each path under out/ to its text, or null for binary files.
 */
export function unreferencedFrameworkFiles(files: ReadonlyMap<string, string | null>): string[] {
  const ownScript = (p: string) => p.startsWith('_next/static/') && p.endsWith('.js');
  const referrers = [...files].flatMap(([p, text]) => (text !== null && !ownScript(p) ? [text] : []));
  return [...files.keys()].filter((p) => {
    if (!p.startsWith('_next/static/')) return false;
    const name = p.slice(p.lastIndexOf('/') + 1);
    return !referrers.some((text) => text.includes(name));
  });
}

/**
 * Next's RSC payloads (`index.txt` beside `index.html`, `__next.*.txt` in a
 * page's folder): the page again, for client-side navigation, which the pages
 * no longer do. Not published. `robots.txt` and other text files stay.
 */
export function isRscPayload(file: string, files: ReadonlySet<string>): boolean {
  if (!file.endsWith('.txt')) return false;
  return /(^|\/)__next\.[^/]*\.txt$/.test(file) || files.has(`${file.slice(0, -'.txt'.length)}.html`);
}
