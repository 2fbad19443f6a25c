import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';

/**
 * Two suites. By default, e2e/ against this project's out/. With E2E_SUITE=growth, e2e/growth/ against a
 * sandbox's build of a synthetic dataset (E2E_SITE_DIR, DATASET_DIR: scripts/growth-check.ts sets them).
 */
const growth = process.env.E2E_SUITE === 'growth';
const siteDir = process.env.E2E_SITE_DIR ?? '.';

// The tests make files with the renderer as the build did, to compare them with what the browser makes:
// both must print the site's address the build printed (its stamp says which).
const STAMP = path.join(siteDir, '.next/static-export-complete');
if (!process.env.SITE_URL && existsSync(STAMP))
  process.env.SITE_URL = (JSON.parse(readFileSync(STAMP, 'utf8')) as { siteUrl: string }).siteUrl;

/** Tests run against the built static site, served exactly as `npm start` serves it. */
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
const edgePort = Number(process.env.E2E_EDGE_PORT ?? 3200);

export default defineConfig({
  testDir: growth ? 'e2e/growth' : 'e2e',
  testIgnore: growth ? [] : ['growth/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browsers on these machines.
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: [
    {
      command: 'npm run -s serve',
      cwd: siteDir,
      url: baseURL,
      env: { PORT: String(port) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The edge host in workerd, in front of the same out/ (e2e/edge.spec.ts); wrangler may first install Node 24.
    ...(growth
      ? []
      : [
          {
            command: 'npm run -s edge',
            url: `http://127.0.0.1:${edgePort}/`,
            // The suite runs against the build it was given, as the static server does.
            env: { PORT: String(edgePort), EDGE_SKIP_BUILD: '1' },
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
          },
        ]),
  ],
});
