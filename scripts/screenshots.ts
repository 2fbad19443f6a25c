/**
 * npm run screenshots [-- /path ...]: full-page PNGs of pages at 1440 and 360 px,
 * light and dark, into screenshots/ (for looking at what we build; not a test).
 * "/path@selector" shoots just that element, e.g. "/@.chart-block".
 * "--readme" writes docs/overview.png, the README's screenshot.
 * Needs the site served: `npm start` in another terminal, or BASE_URL; SCREENSHOTS_DIR writes elsewhere
 * (the growth screenshots of docs/growth.md: a sandbox's build served on another port).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const args = process.argv.slice(2).filter((a) => a !== '--');
const readme = args.includes('--readme');
const paths = args.filter((a) => a !== '--readme');
const pages = paths.length
  ? paths
  : ['/', '/companies/amazon', '/companies/meta', '/sources', '/methodology', '/companies/nope'];
const viewports = [
  { name: '1440', width: 1440, height: 900 },
  { name: '360', width: 360, height: 780 },
];

const dir = process.env.SCREENSHOTS_DIR ?? 'screenshots';
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
if (readme) {
  mkdirSync('docs', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1060 }, colorScheme: 'light' });
  // Twice: the web font is not preloaded (display: optional), so a first visit keeps the fallback; the second has it cached.
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.reload({ waitUntil: 'networkidle' });
  await page.screenshot({ path: 'docs/overview.png' });
  console.log('docs/overview.png');
  await browser.close();
  process.exit(0);
}
for (const scheme of ['light', 'dark'] as const) {
  for (const vp of viewports) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    // Warm the cache with the web font, as a reader's second page would have it (display: optional, not preloaded).
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    for (const target of pages) {
      const [p, selector] = target.split('@') as [string, string | undefined];
      await page.goto(base + p, { waitUntil: 'networkidle' });
      const name = (target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home') + `-${vp.name}-${scheme}.png`;
      if (selector)
        await page
          .locator(selector)
          .first()
          .screenshot({ path: `${dir}/${name}` });
      else await page.screenshot({ path: `${dir}/${name}`, fullPage: true });
      console.log(`${dir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
