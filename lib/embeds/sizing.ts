/**
 * Embeds that size themselves. The embed page posts its content's height to
 * the page that frames it (browser/embed.ts); the embed code we hand out
 * carries a small listener that sets the iframe's height from that message.
 * The listener only believes messages from our origin, of our type, from one
 * of our iframes, with a sane height; anything else is ignored. The iframe's
 * static height stays as the fallback where scripts do not run.
 * Dependency-free but for the chart layout: the page script imports the message type.
 */
import { LAYOUTS, chartHeight } from '../charts/geometry/layout';
export const EMBED_HEIGHT_MESSAGE = 'ai-capex:embed-height';

/** Marks our iframes in a host page, so the listener touches no other frame. */
export const EMBED_IFRAME_ATTRIBUTE = 'data-ai-capex-embed';

/** No chart is taller than this; a larger number is not a height we sent. */
export const MAX_EMBED_HEIGHT = 20_000;

/**
 * The listener, as one line of plain ES5 for any CMS: installed once per host page however many
 * charts it embeds; each message sizes only the iframe whose window sent it.
 */
export function embedSizingScript(origin: string): string {
  const o = JSON.stringify(origin);
  const t = JSON.stringify(EMBED_HEIGHT_MESSAGE);
  return (
    `(function(){if(window.__aiCapexEmbedSizing)return;window.__aiCapexEmbedSizing=1;` +
    `window.addEventListener('message',function(e){var d=e.data;` +
    `if(e.origin!==${o}||!d||d.type!==${t})return;var h=Number(d.height);if(!(h>0&&h<=${MAX_EMBED_HEIGHT}))return;` +
    `var f=document.querySelectorAll('iframe[${EMBED_IFRAME_ATTRIBUTE}]');` +
    `for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+'px'})})();`
  );
}

/**
 * Height of the embed at the width it is designed for (760 px): the page's
 * fixed parts (title, switches, subtitle, legend, source line, Cite, link
 * back: 262 px, measured), the chart scaled to the 728 px between the paddings, and
 * the notes at ~95 characters per 20 px line. The e2e tests hold the rendered
 * page to it. At other widths the chart scales and the embed page posts its
 * height to the host page, whose embed code sizes the iframe (embedSizingScript).
 */
export function embedHeight(spec: { rows: readonly unknown[]; notes: readonly string[]; sourceLine?: string }): number {
  // A source line naming many reports wraps: each line past the first (about 110 characters at 760 px) adds one.
  const fixed = 262 + Math.max(0, Math.ceil((spec.sourceLine?.length ?? 0) / 110) - 1) * 18;
  const chart = chartHeight(LAYOUTS.wide, spec.rows.length) * (728 / LAYOUTS.wide.width);
  const noteLines = spec.notes.reduce((n, note) => n + Math.ceil(note.length / 95), 0);
  const notes = spec.notes.length ? 12 + noteLines * 20 + (spec.notes.length - 1) * 4 : 0;
  return Math.ceil((fixed + chart + notes + 24) / 10) * 10;
}
