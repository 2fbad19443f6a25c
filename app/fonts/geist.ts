import localFont from 'next/font/local';

/**
 * Geist, from the geist npm package (never fetched at build), as one variable
 * woff2 cut down to the site's characters by scripts/make-font.ts. display "optional": the font is preloaded and used when it arrives
 * within the first ~100 ms; otherwise the page keeps the system fallback for
 * this visit instead of re-laying out its text later (which would move the
 * Largest Contentful Paint and shift the layout).
 */
export const geistSans = localFont({
  src: '../../.generated/fonts/geist-sans-subset.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'optional',
  fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
});
