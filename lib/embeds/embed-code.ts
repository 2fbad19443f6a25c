/**
 * A view's embed: the embed page's address, with the view in its query, and the ready-to-paste iframe code
 * that shows it and sizes itself to it (./sizing.ts).
 */
import { chartSlug } from '../charts/model/keys';
import { type EmbedThemeChoice, type ParamName, SWITCH_PARAMS } from '../url/params';
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

/**
 * The options a pinned embed's address carries: its company (in the chart's slug) and the switches its page
 * holds every variant of. A view with any other option (a company filter, a highlight, a day) has no pinned
 * embed: the build draws each release's charts as they open, and a composed view follows new data.
 */
const PINNED_OPTIONS: readonly ParamName[] = [...SWITCH_PARAMS, 'company'];

/** Whether a view can be pinned: a chart as it opens, but for its company and switches. */
export function isPinnable(view: View): boolean {
  return Object.entries(view.options).every(
    ([name, value]) => value === null || PINNED_OPTIONS.includes(name as ParamName),
  );
}

/**
 * The pinned embed of a view: the release in the path, drawn at build from that release's archive, so that
 * it stays as it is when newer data comes ("/embed/v/2.0.0/capex-2026").
 */
export function pinnedEmbedPath(view: View, version: string, theme: EmbedThemeChoice = 'auto'): string {
  return `/embed/v/${version}/${chartSlug(view)}${serializeUrlState({ basis: view.options.basis, theme })}`;
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
