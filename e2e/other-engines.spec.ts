/**
 * Composed views and their actions in Firefox and in WebKit (Safari's engine,
 * which iPhone readers of a shared link use), not only in Chromium.
 * Playwright cannot drive Debian's builds of them, so this smoke test drives
 * Firefox ESR through WebDriver BiDi (puppeteer-core) and WebKitGTK's
 * MiniBrowser through WebKitWebDriver (selenium-webdriver), under Xvfb.
 * Each engine opens a composed view as of a day (the articles' day: only what had been stated by then), makes its files with the page's own
 * buttons (catching the files the page saves), reads its embed code and its
 * citation, and opens a composed embed; the files are held to the ones the
 * build's renderer makes here.
 */
import { needTools } from './support/system-tools';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { VIEW_FILES } from '../lib/charts/exports/export-paths';
import { buildChartSpec } from '../lib/charts/model/spec';
import { viewFor } from '../lib/charts/model/registry';
import { chartSlug } from '../lib/charts/model/keys';
import { absoluteUrl } from '../lib/site';
import { nodeExportKit } from '../renderer/hosts/node';
import { makeViewFiles } from '../renderer/view-files';
import { baseURL } from '../playwright.config';
import { ARTICLES_DAY, PLANS_BLOCK, dataset } from './helpers';
import { chartXml } from './support/pptx';
import { embedPath } from '../lib/embeds/embed-code';

const QUERY = `?companies=amazon,meta&basis=total&highlight=meta&asof=${ARTICLES_DAY}`;
const OPTIONS = {
  companies: ['amazon', 'meta'] as ('amazon' | 'meta')[],
  basis: 'total' as const,
  highlight: 'meta' as const,
  asof: ARTICLES_DAY,
};
const FILES = ['1920x1080-light.png', '1200x675-dark.svg', 'chart.pptx', 'data.csv'];

interface Outcome {
  key: string | null;
  rows: string[];
  title: string;
  /** Whether each switch's name sits on the line of its first button. */
  namesBesideButtons: boolean[];
  files: { file: string; name: string; base64: string }[];
  embedCode: string;
  apa: string;
  embedRows: number;
  error?: string;
}

/**
 * What each engine does, in the page. Serialized and run as the page's own script, so it is written
 * as plain JavaScript that any engine runs: no imports, everything it needs passed in.
 */
async function scenario(files: string[], embedUrl: string, block: string): Promise<Outcome> {
  const until = async <T>(get: () => T | null | undefined | false, ms = 20_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const value = get();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${get.toString().slice(0, 120)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const visible = (selector: string) =>
    [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.offsetParent !== null) ?? null;
  const variant = await until(() => {
    const v = visible(`${block} .chart-variant`);
    return v?.getAttribute('data-view-key')?.includes('--only-') ? v : null;
  });
  const rows = [...variant.querySelectorAll('.chart-svg--wide .chart-row-group')].map(
    (g) => g.getAttribute('data-entity') ?? '',
  );
  const namesBesideButtons = [...document.querySelectorAll(`${block} fieldset.segmented`)]
    .map((set) => [set.querySelector('.switch-name'), set.querySelector('label')] as const)
    .filter(([name, label]) => name && label)
    .map(([name, label]) => {
      const [a, b] = [name!.getBoundingClientRect(), label!.getBoundingClientRect()];
      return a.top < b.bottom && b.top < a.bottom;
    });

  // Catch the files the page saves instead of letting the engine download them.
  const saved: Blob[] = [];
  let savedName = '';
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    saved.push(blob as Blob);
    return createObjectURL(blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    savedName = this.download;
  };
  const actions = await until(() => visible(`${block} .chart-variant-actions`));
  (actions.querySelector('details[data-action="download"]') as HTMLDetailsElement).open = true;
  const made: Outcome['files'] = [];
  for (const file of files) {
    savedName = '';
    const count = saved.length;
    (actions.querySelector(`button[data-make-file="${file}"]`) as HTMLButtonElement).click();
    await until(() => savedName && saved.length > count, 60_000);
    const bytes = new Uint8Array(await saved[saved.length - 1]!.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    made.push({ file, name: savedName, base64: btoa(binary) });
  }
  const embedCode = (actions.querySelector('textarea') as HTMLTextAreaElement).value;
  const cite = actions.querySelector('details[data-action="cite"]') as HTMLDetailsElement;
  cite.open = true;
  const apa = await until(
    () => visible(`${block} .chart-variant-actions [data-cite-style="apa"] .cite-text`)?.textContent,
    30_000,
  );

  // The composed view as an embed, in a frame of this page.
  const frame = document.createElement('iframe');
  frame.src = embedUrl;
  frame.width = '760';
  frame.height = '900';
  document.body.append(frame);
  const embedRows = await until(() => {
    const doc = frame.contentDocument;
    const v = doc && [...doc.querySelectorAll<HTMLElement>('.chart-variant')].find((e) => e.offsetParent !== null);
    return v?.getAttribute('data-view-key')?.includes('--only-')
      ? v.querySelectorAll('.chart-svg--wide .chart-row').length
      : 0;
    // A fresh frame loads the page and the renderer again: on a busy 2-core machine WebKit under Xvfb has taken over 20 s.
  }, 45_000);
  return {
    key: variant.getAttribute('data-view-key'),
    rows,
    title: document.querySelector(`${block} [data-view-title]`)?.textContent ?? '',
    namesBesideButtons,
    files: made,
    embedCode,
    apa,
    embedRows,
  };
}

async function expectTheView(outcome: Outcome, engine: string) {
  const spec = buildChartSpec(dataset, viewFor(dataset, 'capex', OPTIONS));
  expect(outcome.error, engine).toBeUndefined();
  expect(outcome.key, engine).toBe(spec.key);
  expect(outcome.rows, engine).toEqual(['amazon', 'meta']);
  expect(outcome.title, engine).toBe(spec.title);
  expect(outcome.namesBesideButtons.length, engine).toBeGreaterThan(1);
  expect(outcome.namesBesideButtons, `${engine}: each switch's name beside its buttons`).toEqual(
    outcome.namesBesideButtons.map(() => true),
  );
  expect(outcome.embedCode, engine).toContain(embedPath(spec.view).replace(/&/g, '&amp;'));
  expect(outcome.title, engine).toContain(spec.view.edition!);
  expect(outcome.apa.replace(/\s+/g, ' '), engine).toContain(absoluteUrl(spec.permalink));
  expect(outcome.embedRows, engine).toBe(1);

  const expected = new Map(
    (
      await makeViewFiles(
        await nodeExportKit(),
        dataset,
        spec,
        VIEW_FILES.filter((f) => FILES.includes(f.file)),
      )
    ).map((m) => [m.file.file, m.content]),
  );
  for (const made of outcome.files) {
    const what = `${engine}: ${made.file}`;
    const bytes = Buffer.from(made.base64, 'base64');
    const mine = expected.get(made.file)!;
    expect(made.name, what).toBe(`ai-capex-${spec.key}-${made.file}`);
    if (made.file.endsWith('.png'))
      expect(PNG.sync.read(bytes).data.equals(PNG.sync.read(Buffer.from(mine as Uint8Array)).data), what).toBe(true);
    else if (made.file.endsWith('.pptx'))
      expect(await chartXml(bytes), what).toBe(await chartXml(Buffer.from(mine as Uint8Array)));
    else expect(bytes.toString('utf8'), what).toBe(mine);
  }
}

const embedUrl = `${baseURL}/embed/${chartSlug(viewFor(dataset, 'capex', OPTIONS))}?companies=meta&asof=${ARTICLES_DAY}`;

test.describe('other engines', () => {
  test('Firefox ESR draws a composed view and makes its files, embed code, citation and embed', async () => {
    needTools('firefox-esr');
    test.setTimeout(120_000);
    const puppeteer = (await import('puppeteer-core')).default;
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${baseURL}/${QUERY}`, { waitUntil: 'load' });
      // The test runner's compiler may name functions with a helper (__name) that the page does not have.
      await page.evaluate('globalThis.__name ??= (f) => f');
      await expectTheView(await page.evaluate(scenario, FILES, embedUrl, PLANS_BLOCK), 'Firefox');
    } finally {
      await browser.close();
    }
  });

  test('WebKit draws a composed view and makes its files, embed code, citation and embed', async () => {
    needTools('WebKitWebDriver', 'xvfb-run');
    test.setTimeout(120_000);
    const port = await freePort();
    // The MiniBrowser needs a display: the driver runs under Xvfb, and the browser it starts with it.
    const driver: ChildProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      stdio: 'ignore',
      detached: true,
    });
    try {
      const { Builder } = await import('selenium-webdriver');
      const session = await retry(() =>
        new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
              args: ['--automation'],
            },
          })
          .build(),
      );
      try {
        await session.manage().setTimeouts({ script: 110_000 });
        await session.get(`${baseURL}/${QUERY}`);
        expect(await session.executeScript('return navigator.userAgent')).toMatch(/AppleWebKit\/605/);
        const outcome = await session.executeAsyncScript<Outcome>(
          // The test runner's compiler may name functions with a helper (__name) that the page does not have.
          `const done = arguments[arguments.length - 1]; var __name = (f) => f; (${scenario.toString()})(arguments[0], arguments[1], arguments[2]).then(done, (e) => done({ error: String(e) }));`,
          FILES,
          embedUrl,
          PLANS_BLOCK,
        );
        await expectTheView(outcome, 'WebKit');
      } finally {
        await session.quit();
      }
    } finally {
      process.kill(-driver.pid!, 'SIGTERM');
    }
  });
});

function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  return once(server, 'listening').then(() => {
    const { port } = server.address() as { port: number };
    server.close();
    return port;
  });
}

/** The driver takes a moment to listen. */
async function retry<T>(start: () => Promise<T>, tries = 20): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await start();
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
