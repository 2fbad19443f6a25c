/**
 * The site's public origin, configured once (SITE_URL at build time), for
 * canonical links, Open Graph URLs, the sitemap, "Copy link", and the
 * permalink printed on every exported image and slide.
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export const SITE_URL = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * What a build says about its origin: nothing when SITE_URL names a public
 * origin; a warning when it is missing or local, because every absolute link
 * the build writes (previews, sitemap, canonical links, the footer of every
 * image and slide) would point at this machine.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  const value = env.SITE_URL?.trim();
  if (value && !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?$/i.test(value)) return null;
  return [
    `⚠ SITE_URL is ${value ? `set to ${value}` : 'not set'}: link previews, the sitemap, canonical links and the footer of every`,
    `  exported image and slide will point at ${value ?? DEFAULT_SITE_URL}. For a build you will publish, run`,
    '    SITE_URL=https://your.domain npm run build',
  ].join('\n');
}
