/**
 * Page metadata: title, description, canonical link, and the Open Graph and
 * Twitter card that make a pasted link preview the page's own chart.
 */
import type { Metadata } from 'next';
import { oembedPath } from './charts/oembed';
import { PREVIEW_SIZE, previewImagePath } from './charts/variants';
import type { PrimarySlug } from './dataset/slugs';
import { SITE_NAME } from './site';

interface PageMeta {
  title: string;
  description: string;
  /** The canonical path, e.g. "/companies/meta". */
  path: string;
  /** Whose chart the preview shows; pages without a chart of their own use the overview's. */
  preview?: 'overview' | PrimarySlug;
  /** The chart view this page embeds as, for oEmbed discovery; pages without a chart have none. */
  oembed?: string;
}

/** The oEmbed discovery link of a chart view: <link rel="alternate" type="application/json+oembed">. */
export function oembedAlternate(key: string): NonNullable<Metadata['alternates']>['types'] {
  return { 'application/json+oembed': oembedPath(key) };
}

export function pageMetadata({ title, description, path, preview = 'overview', oembed }: PageMeta): Metadata {
  const image = { url: previewImagePath(preview), ...PREVIEW_SIZE, alt: `${title}: chart with its numbers and sources` };
  return {
    title,
    description,
    alternates: { canonical: path, ...(oembed ? { types: oembedAlternate(oembed) } : {}) },
    openGraph: { type: 'website', siteName: SITE_NAME, title, description, url: path, images: [image], locale: 'en_GB' },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
