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
 * It removes exactly: Next's chunk scripts and their preloads (`/_next/static/…js`,
 * the `nomodule` polyfill included), the Turbopack chunk list, and the inline
 * `self.__next_f` RSC payload. Everything else stays, our own scripts included.
 * If Next ever emits a runtime reference this does not recognise, the build
 * stops and says so, rather than shipping a page that half-hydrates.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link rel="(?:preload|modulepreload)" as="script"[^>]*href="\/_next\/static\/[^"]+\.js"[^>]*\/?>/g;
const FRAMEWORK_SRC = /(?:^|\s)src="\/_next\/static\/[^"]+\.js"/;
const FRAMEWORK_INLINE = /\b(?:self\.__next_f|TURBOPACK)\b/;
/** What must not be left in a page afterwards. */
const LEFTOVER = /\/_next\/static\/[^"'\s]+\.js|__next_f|TURBOPACK/;

export interface StripResult {
  html: string;
  /** How many script and preload tags were removed. */
  removed: number;
}

export function stripFrameworkRuntime(html: string): StripResult {
  let removed = 0;
  const out = html
    .replace(SCRIPT, (tag, attributes: string, body: string) => {
      if (FRAMEWORK_SRC.test(attributes) || FRAMEWORK_INLINE.test(body)) {
        removed++;
        return '';
      }
      return tag;
    })
    .replace(SCRIPT_PRELOAD, () => {
      removed++;
      return '';
    });
  const leftover = out.match(LEFTOVER);
  if (leftover) throw new Error(`a framework runtime reference is left in the page after stripping it: "${leftover[0]}" (has Next changed its output?)`);
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
  const referrers = [...files].filter(([p, text]) => text !== null && !ownScript(p)).map(([, text]) => text!);
  return [...files.keys()].filter((p) => {
    if (!p.startsWith('_next/static/')) return false;
    const name = p.split('/').pop()!;
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
