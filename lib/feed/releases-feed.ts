/**
 * The Atom feed of the dataset's releases (/changelog.atom), written by the
 * `feed` library: one entry per release, newest first, saying what changed
 * and linking each figure added or changed. The feed's date is the newest
 * release's, not the build's, so rebuilding does not announce anything new.
 */
import { Feed } from 'feed';
import type { Dataset, Release } from '../dataset/schema';

/** Where the feed is published; every page's head and /changelog link to it. */
export const RELEASES_FEED_PATH = '/changelog.atom';
export const RELEASES_FEED_TITLE = 'Dataset releases';

export interface FeedOptions {
  /** The site's absolute address, without a trailing slash. */
  siteUrl: string;
  siteName: string;
  /** A release's notes as HTML, with absolute links. */
  contentHtml: (release: Release) => string;
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function releaseAnchor(version: string): string {
  return `v${version}`;
}

export function releasesFeed(ds: Dataset, { siteUrl, siteName, contentHtml }: FeedOptions): string {
  const changelog = `${siteUrl}/changelog`;
  const feed = new Feed({
    title: `${siteName}: ${RELEASES_FEED_TITLE.toLowerCase()}`,
    description: `Every release of the dataset behind ${siteName}: what changed, and the figures added, changed or removed.`,
    id: changelog,
    link: changelog,
    language: 'en',
    updated: dayOf(ds.changelog[0]?.date ?? ds.meta.compiled),
    generator: siteName,
    feedLinks: { atom: `${siteUrl}${RELEASES_FEED_PATH}` },
    author: { name: siteName, link: siteUrl },
    copyright: `${siteName}; each quote belongs to its publisher`,
  });
  for (const release of ds.changelog) {
    const link = `${changelog}#${releaseAnchor(release.version)}`;
    feed.addItem({
      title: `Version ${release.version}`,
      id: link,
      link,
      date: dayOf(release.date),
      description: release.summary,
      content: contentHtml(release),
    });
  }
  return feed.atom1();
}
