/**
 * Valid markup: the W3C Nu HTML Checker (vnu-jar, on Debian's Java) finds no
 * error in any page the build writes, nor in the cards and view parts the
 * pages fetch (checked inside a minimal document). Reads out/.
 */
import { needTools } from './support/system-tools';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ViewParts } from '../renderer/view-parts';
import { scratchDir } from './support/office';

/** The checker's jar, from the vnu-jar package (the W3C's own npm release of it). */
const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build',
  'dist',
  'vnu.jar',
);

/**
 * Errors of the checker's CSS parser on CSS that browsers support and that it
 * predates; each is filtered by its message, and nothing else is.
 */
const CSS_PARSER_FALSE_POSITIVES: { message: RegExp; why: string }[] = [
  {
    message: /^CSS: Unrecognized at-rule “@property”/,
    why: 'Tailwind v4 registers its custom properties with @property (Baseline 2024).',
  },
  {
    message: /^CSS: Unrecognized at-rule “@container”/,
    why: 'Container queries pick the baked chart size that fits (Baseline 2023).',
  },
  {
    message: /^CSS: “container-type”: Property “container-type” doesn't exist/,
    why: 'The container-query containers themselves (Baseline 2023).',
  },
  {
    message: /^CSS: “margin-trim”: Property “margin-trim” doesn't exist/,
    why: 'In Tailwind v4’s output; browsers without it ignore it, as CSS intends.',
  },
  {
    message: /^CSS: “transition-property”: “--tw-[a-z-]+” is not a “transition-property” value/,
    why: 'Custom properties are valid transition-property values; Tailwind transitions its gradient stops.',
  },
];

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function check(files: string[]): VnuMessage[] {
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`vnu did not run: ${run.stderr}`);
  const messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
  return messages.filter(
    (m) => m.type === 'error' && !CSS_PARSER_FALSE_POSITIVES.some((f) => f.message.test(m.message)),
  );
}

const formatVnuMessage = (m: VnuMessage) =>
  `${path.basename(m.url)}:${m.lastLine ?? '?'} ${m.message} ${m.extract ? `[${m.extract.trim().slice(0, 80)}]` : ''}`;

test.describe('valid markup (Nu HTML Checker)', () => {
  test.beforeEach(() => needTools('java'));

  test('every page has no errors', () => {
    test.setTimeout(120_000);
    const pages = readdirSync('out', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('charts/') && !f.startsWith('_bench'))
      .map((f) => path.join('out', f));
    expect(pages.length).toBeGreaterThanOrEqual(14);
    expect(check(pages).map(formatVnuMessage)).toEqual([]);
  });

  test('every citation card and every baked view’s parts have no errors inside a document', () => {
    test.setTimeout(120_000);
    const dir = scratchDir('vnu-fragments');
    const files: string[] = [];
    const write = (name: string, body: string) => {
      const file = path.join(dir, name);
      writeFileSync(
        file,
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`,
      );
      files.push(file);
    };
    for (const name of readdirSync(path.join('out', 'charts', 'cards')).filter((f) => f.endsWith('.html')))
      write(`card-${name}`, readFileSync(path.join('out', 'charts', 'cards', name), 'utf8'));
    for (const name of readdirSync(path.join('out', 'charts', 'views')).filter((f) => f.endsWith('.json'))) {
      const parts = JSON.parse(readFileSync(path.join('out', 'charts', 'views', name), 'utf8')) as ViewParts;
      // As a page holds them: the body and its actions (the embed's, Cite alone, in a document of its own).
      write(`view-${name}.html`, `<h2>${parts.title}</h2><div>${parts.body}</div>${parts.actions.all}`);
      write(`view-${name}-embed.html`, parts.actions.cite!);
    }
    expect(files.length).toBeGreaterThan(50);
    expect(check(files).map(formatVnuMessage)).toEqual([]);
  });

  test('the checker still reports what it must: a broken page fails', () => {
    const dir = scratchDir('vnu-canary');
    const file = path.join(dir, 'broken.html');
    writeFileSync(
      file,
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><p aria-label="about $100B">~$100B</p><i id="a"></i><i id="a"></i></body></html>',
    );
    expect(
      check([file])
        .map((m) => m.message)
        .join('\n'),
    ).toMatch(/aria-label[\s\S]*Duplicate ID/);
  });
});
