import { expect, test } from '@playwright/test';
import { parseAtomFeed } from 'feedsmith';
import { figureHref } from '../lib/dataset/query';
import { RELEASES_FEED_PATH } from '../lib/feed/releases-feed';
import { SITE_URL } from '../lib/site';
import { PAGES, PLANS_SLUG, dataset } from './helpers';

/**
 * Readers follow the dataset's releases in a feed reader: the Atom feed, read by a maintained feed parser
 * (feedsmith), says what each release changed and links every figure it added or changed.
 */

test('every page’s head links the releases feed, the 404 page and the embeds too', async ({ request }) => {
  for (const path of [...PAGES, `/embed/${PLANS_SLUG}`, '/companies/no-such-company']) {
    const html = await (await request.get(path)).text();
    const link = /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)" title="([^"]+)"\/>/.exec(html);
    expect(link, path).not.toBeNull();
    expect(new URL(link![1]!).pathname, path).toBe(RELEASES_FEED_PATH);
  }
});

test('/changelog links the feed', async ({ page }) => {
  await page.goto('/changelog');
  await expect(page.getByRole('link', { name: /feed reader/ })).toHaveAttribute('href', RELEASES_FEED_PATH);
});

test('the feed is Atom, one entry per release, newest first, each saying what changed and linking the figures added or changed', async ({
  request,
}) => {
  const response = await request.get(RELEASES_FEED_PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const feed = parseAtomFeed(await response.text());
  expect(feed.links).toContainEqual({ href: `${SITE_URL}${RELEASES_FEED_PATH}`, rel: 'self' });
  expect(feed.updated).toBe(new Date(`${dataset.changelog[0]!.date}T00:00:00Z`).toISOString());
  expect(feed.entries!.map((e) => e.title?.value)).toEqual(dataset.changelog.map((r) => `Version ${r.version}`));
  const current = new Map(dataset.figures.map((f) => [f.id, f]));
  dataset.changelog.forEach((release, i) => {
    const entry = feed.entries![i]!;
    expect(entry.links?.[0]?.href).toBe(`${SITE_URL}/changelog#v${release.version}`);
    expect(entry.updated).toBe(new Date(`${release.date}T00:00:00Z`).toISOString());
    expect(entry.summary?.value).toBe(release.summary);
    const content = String(entry.content?.value);
    for (const id of [...release.added, ...release.changed]) {
      const f = current.get(id);
      if (f) expect(content, `${release.version}: ${id}`).toContain(`href="${SITE_URL}${figureHref(dataset, f)}"`);
    }
    expect(content).toContain(`${SITE_URL}/data/v/${release.version}/dataset.json`);
  });
});
