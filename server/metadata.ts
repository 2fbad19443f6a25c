/**
 * Page metadata: title, description, canonical link, and the Open Graph and
 * Twitter card that make a pasted link preview the page's own chart.
 */
import type { Metadata } from 'next';
import { oembedPath } from '@/lib/embeds/oembed';
import { PREVIEW_SIZE, previewImagePath } from '@/lib/charts/model/page-charts';
import { siteName } from './data';
import { RELEASES_FEED_PATH, RELEASES_FEED_TITLE } from '@/lib/feed/releases-feed';

interface PageMeta {
  title: string;
  description: string;
  /** The canonical path, e.g. "/companies/meta". */
  path: string;
  /** Whose chart the preview shows; pages without a chart of their own use the overview's. */
  preview?: string;
  /** The chart view this page embeds as, for oEmbed discovery; pages without a chart have none. */
  oembed?: string;
}

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/** Every page's head links the releases feed: <link rel="alternate" type="application/atom+xml">. */
export function feedAlternate(): AlternateTypes {
  return { 'application/atom+xml': [{ url: RELEASES_FEED_PATH, title: RELEASES_FEED_TITLE }] };
}

/** The oEmbed discovery link of a chart view (<link rel="alternate" type="application/json+oembed">), beside the feed's. */
export function oembedAlternate(key: string): AlternateTypes {
  return { ...feedAlternate(), 'application/json+oembed': oembedPath(key) };
}

export function pageMetadata({ title, description, path, preview = 'overview', oembed }: PageMeta): Metadata {
  const image = {
    url: previewImagePath(preview),
    ...PREVIEW_SIZE,
    alt: `${title}: chart with its numbers and sources`,
  };
  return {
    title,
    description,
    alternates: { canonical: path, types: oembed ? oembedAlternate(oembed) : feedAlternate() },
    openGraph: {
      type: 'website',
      siteName: siteName(),
      title,
      description,
      url: path,
      images: [image],
      locale: 'en_GB',
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
