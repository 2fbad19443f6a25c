import localFont from 'next/font/local';

/**
 * Geist, from the geist npm package (never fetched at build), as one variable
 * woff2 cut down to the site's characters and weights by
 * scripts/make-font.ts (~17 kB), with display "optional": if the font is
 * not there within ~100 ms of the first text layout, the page keeps next/font's
 * size-adjusted fallback for that visit instead of re-flowing its text when it
 * arrives ("swap" measured CLS 0.12 on a throttled phone profile); it is cached
 * for the next page. Not preloaded: Chrome holds the first paint for a
 * preloaded "optional" font, which cost the overview ~350 ms of LCP on the
 * phone profile (median of 7: 1,068 → 692 ms without the preload). On a fast
 * connection the font still arrives in time for the first paint.
 */
export const geistSans = localFont({
  src: '../../.generated/fonts/geist-sans-subset.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'optional',
  preload: false,
  fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
});
