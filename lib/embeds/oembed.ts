/**
 * oEmbed for every chart view, so pasting a chart's link into a CMS that
 * discovers oEmbed (WordPress, Ghost; Notion through Iframely) embeds the
 * chart. The site is static, so each view's response is a file at a stable
 * URL beside its other exports (/charts/<view>/oembed.json), and each chart
 * page and embed page names its view's file in a discovery link.
 */
import { embedHeight } from './sizing';
import { EXPORT_SIZES, exportDir, exportImagePath } from '../charts/exports/export-paths';
import { embedPath, iframeCode } from './embed-code';
import type { ChartSpec } from '../charts/model/types';

/** The width the embed is designed for; it fills whatever width the host gives it. */
export const OEMBED_WIDTH = 760;

export function oembedPath(key: string): string {
  return `${exportDir(key)}/oembed.json`;
}

/** oEmbed 1.0, type "rich": https://oembed.com/#section2.3 */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  /** Seconds a consumer may cache it: as long as the chart's other files. */
  cache_age: number;
}

export function oembedResponse(
  spec: ChartSpec,
  site: { name: string; absoluteUrl: (path: string) => string },
): OembedResponse {
  const height = embedHeight(spec);
  const thumbnail = EXPORT_SIZES[1];
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: site.name,
    provider_url: site.absoluteUrl('/'),
    html: iframeCode(site.absoluteUrl(embedPath(spec.view)), spec.title, height),
    width: OEMBED_WIDTH,
    height,
    thumbnail_url: site.absoluteUrl(exportImagePath(spec.key, thumbnail, 'light', 'png')),
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: 600,
  };
}
