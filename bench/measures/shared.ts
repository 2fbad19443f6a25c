/**
 * What every measurement of the bench shares: where the site is served, the Chromium that measures it,
 * the budgets, the list of checks the report prints, and small helpers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/scripts/lib/chromium';
import { bin } from '@/scripts/lib/run';

export const PORT = Number(process.env.BENCH_PORT ?? 3300);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const CHROME = process.env.CHROME_PATH ?? CHROMIUM_PATH;
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export const BUDGETS = {
  jsSiteKb: 180,
  jsEmbedKb: 150,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as Record<string, number>,
  lcpRatio: 1.5,
  loadErrors: 0,
  /** The one script every page loads: it stays small, the renderer comes on demand. */
  pageScriptKb: 8.5,
  /** Interaction to next paint of a click on a company, mobile throttling: Google's "good" threshold. */
  inpMs: 200,
  /** A composed permalink through the edge host, against the default view's LCP (mobile throttling). */
  edgeLcpRatio: 1.2,
};

export interface Check {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
  note?: string;
}
export const checks: Check[] = [];
export const check = (c: Check) => {
  checks.push(c);
  console.log(`${c.pass ? '✓' : '✗'} ${c.name}: ${c.value} (budget ${c.budget})${c.note ? ` — ${c.note}` : ''}`);
};

export function sh(command: string, args: string[]): Promise<{ code: number; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}

export const gz = (buf: Buffer | string) => gzipSync(buf).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Serves a built site (this project's out/, or a sandbox's) on loopback, once it answers. */
export async function serveSite(port: number, cwd = '.'): Promise<ChildProcess> {
  const child = spawn(bin('tsx'), ['scripts/serve.ts'], {
    cwd,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the server did not come up on port ${port}`);
}

/** A phone-sized page under Lighthouse's mobile conditions: 4× slower CPU, 150 ms RTT, 1.6 Mbit/s down. */
export async function throttledMobilePage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2,
    isMobile: true,
    ...options,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  return { context, page };
}
