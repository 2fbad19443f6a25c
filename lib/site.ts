/**
 * The site's public origin, configured once (SITE_URL at build time), for
 * canonical links, Open Graph URLs, the sitemap and "Copy link".
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const SITE_NAME = 'AI Capex 2025';

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
