/**
 * Content first, then the framework: Next puts its chunk scripts (`<script src
 * async>`) in the head, so a phone downloads ~120 kB of JavaScript alongside
 * the HTML and the font, and runs it as soon as it arrives, often before the
 * first paint. Every page here is complete without JavaScript (the charts are
 * baked SVG, the switches are CSS), so the build moves those tags into an inert
 * form and a small inline loader at the end of the body adds them back, in the
 * same order, right after the first paint. Hydration starts a frame later; the
 * text and the charts no longer wait for the scripts.
 */

/** The `type` of a deferred script: not JavaScript, so the browser neither fetches nor runs it. */
export const DEFERRED_TYPE = 'text/x-after-paint';

const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="[a-z]+")? href="(\/_next\/static\/[^"]+\.js)"\/>/g;

/**
 * Re-adds the deferred scripts once the first contentful paint has happened (the
 * Paint Timing API reports it after the frame is shown; a buffered observer also
 * sees one that came before the loader ran). Where that API is missing, the frame
 * after the next animation frame. The 1 s timer covers tabs that never paint
 * (opened in the background, an iframe off screen) so the page still hydrates there.
 */
export const LOADER = `<script>(function(){var d=0;function go(){if(d)return;d=1;document.querySelectorAll('script[type="${DEFERRED_TYPE}"]').forEach(function(s){var e=document.createElement('script');e.src=s.getAttribute('data-src');e.async=true;s.replaceWith(e)})}try{new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go,0)}}).observe({type:'paint',buffered:true})}catch(e){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go,0)})})}setTimeout(go,1000)})()</script>`;

export interface DeferResult {
  html: string;
  deferred: string[];
}

/** Moves Next's chunk scripts behind the first paint. A page without them, or already done, is returned as it was. */
export function deferScriptsAfterPaint(html: string): DeferResult {
  if (html.includes(`type="${DEFERRED_TYPE}"`)) return { html, deferred: [] };
  const deferred: string[] = [];
  const moved = html.replace(CHUNK_SCRIPT, (_, src: string) => {
    deferred.push(src);
    return `<script type="${DEFERRED_TYPE}" data-src="${src}"></script>`;
  });
  if (deferred.length === 0) return { html, deferred };
  // A preload of a deferred script would fetch it early all the same.
  const withoutPreloads = moved.replace(CHUNK_PRELOAD, (tag, src: string) => (deferred.includes(src) ? '' : tag));
  const end = withoutPreloads.lastIndexOf('</body>');
  if (end === -1) throw new Error('no </body> to put the script loader before');
  return { html: `${withoutPreloads.slice(0, end)}${LOADER}${withoutPreloads.slice(end)}`, deferred };
}

/** Which files of out/ (paths relative to it) get the loader: the pages, not the benchmark's framework floor (measured as Next emits it) nor the chart fragments (no scripts). */
export function isDeferrablePage(relativePath: string): boolean {
  return relativePath.endsWith('.html') && !relativePath.startsWith('_bench/') && !relativePath.startsWith('charts/');
}
