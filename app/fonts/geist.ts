import localFont from 'next/font/local';

/**
 * Geist, from the geist npm package (never fetched at build), as one variable
 * woff2 cut down to the site's characters and weights by
 * scripts/make-font.ts (~17 kB). Preloaded, with display "optional": it is
 * almost always there for the first paint and used; on a slow first visit it
 * may miss the ~100 ms the browser waits, and the page then keeps the
 * fallback for that visit rather than re-flowing its text when the font
 * arrives (measured with "swap" on a throttled phone profile: CLS 0.12).
 */
export const geistSans = localFont({
  src: '../../.generated/fonts/geist-sans-subset.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'optional',
  fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
});
