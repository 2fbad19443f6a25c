import { type ChildProcess, spawn } from 'node:child_process';
import { FIRST_PAINT_SCRIPT } from '../lib/html/first-paint';
import { expect, test } from '@playwright/test';
import { PLANS_BLOCK } from './helpers';

/**
 * `npm run dev` behaves like the production build: its pages carry no framework runtime, and
 * moving between pages runs the page script again. (It once did not: after a client-side
 * navigation from a company page the overview's controls stayed disabled.)
 */
const PORT = 3300;
const DEV = `http://localhost:${PORT}`;
let dev: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // The port as Next users pass it: the proxy takes it, and Next listens on the next one.
  const { PORT: _unset, ...env } = process.env;
  dev = spawn('npm', ['run', '-s', 'dev', '--', '-p', String(PORT)], {
    env,
    stdio: 'pipe',
    detached: true,
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('✓ dev site at') && output.includes('Ready in')) resolve();
    };
    dev.stdout!.on('data', onData);
    dev.stderr!.on('data', onData);
    dev.on('exit', (code) => reject(new Error(`npm run dev exited with ${code}:\n${output}`)));
  });
});

test.afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

test('in npm run dev, a page reached from another page has working controls, and loads only the page script', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${DEV}/companies/amazon`, { timeout: 90_000 });
  await expect(page.locator('html[data-cards="ready"]')).toHaveCount(1, { timeout: 30_000 });
  await page.locator('header a[href="/"]').click();
  await expect(page).toHaveURL(`${DEV}/`, { timeout: 60_000 });
  await expect(page.locator('[data-overview-controls="ready"]')).toHaveCount(1, { timeout: 30_000 });
  // One file, the page script; inline, only the first-paint line (allowed by its hash).
  const scripts = await page.evaluate(() =>
    [...document.scripts].map((s) => (s.src ? new URL(s.src).pathname : s.textContent)),
  );
  expect(scripts).toEqual([FIRST_PAINT_SCRIPT, expect.stringMatching(/^\/js\/page-[A-Za-z0-9]+\.js$/)]);

  await page.locator(`${PLANS_BLOCK} label`, { hasText: 'Total commitment' }).click();
  await expect(page).toHaveURL(`${DEV}/?basis=total`);
  await page.getByRole('combobox', { name: 'Highlight' }).selectOption('meta');
  await expect(page).toHaveURL(`${DEV}/?basis=total&highlight=meta`);
  await expect(page.locator(`${PLANS_BLOCK} .chart-row-group:visible[data-entity="amazon"]`)).toHaveAttribute(
    'data-dimmed',
    'true',
  );
});
