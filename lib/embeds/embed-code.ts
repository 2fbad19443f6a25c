/**
 * A view's embed: the embed page's address, with the view in its query, and the ready-to-paste iframe code
 * that shows it and sizes itself to it (./sizing.ts).
 */
import { chartSlug } from '../charts/model/keys';
import type { EmbedThemeChoice } from '../url/params';
import { serializeUrlState } from '../url/url-state';
import type { View } from '../url/view';
import { EMBED_IFRAME_ATTRIBUTE, embedSizingScript } from './sizing';

/**
 * The embed page of a view: its chart's edition in the path ("/embed/capex-2025"), its options and theme in
 * the query, defaults left out.
 */
export function embedPath(view: View, theme: EmbedThemeChoice = 'auto'): string {
  return `/embed/${chartSlug(view)}${serializeUrlState({ ...view.options, theme })}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Ready-to-paste embed code: the iframe (a title for screen readers, full width, the chart's height
 * as a fallback, lazy loading, leave to write the clipboard for the embed's "Copy" citation buttons) and the
 * listener that then sizes it to the chart exactly (./sizing.ts).
 */
export function iframeCode(absoluteSrc: string, title: string, height: number): string {
  const origin = new URL(absoluteSrc).origin;
  return (
    `<iframe src="${escapeAttribute(absoluteSrc)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write" ${EMBED_IFRAME_ATTRIBUTE}></iframe>` +
    `<script>${embedSizingScript(origin)}</script>`
  );
}
