/**
 * Valid markup: the W3C Nu HTML Checker (vnu-jar, on Debian's Java) finds no
 * error in any page the build writes, nor in the card and view fragments the
 * pages fetch (checked inside a minimal document). Reads out/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { scratchDir } from './support/office';

/** The checker's jar, from the vnu-jar package (the W3C's own npm release of it). */
const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/**
 * Errors of the checker's CSS parser on CSS that browsers support and that it
 * predates; each is filtered by its message, and nothing else is.
 */
const CSS_PARSER_FALSE_POSITIVES: { message: RegExp; why: string }[] = [
  { message: /^CSS: Unrecognized at-rule “@property”/, why: 'Tailwind v4 registers its custom properties with @property (Baseline 2024).' },
  { message: /^CSS: Unrecognized at-rule “@container”/, why: 'Container queries pick the baked chart size that fits (Baseline 2023).' },
  { message: /^CSS: “container-type”: Property “container-type” doesn't exist/, why: 'The container-query containers themselves (Baseline 2023).' },
  { message: /^CSS: “margin-trim”: Property “margin-trim” doesn't exist/, why: 'In Tailwind v4’s output; browsers without it ignore it, as CSS intends.' },
  { message: /^CSS: “transition-property”: “--tw-[a-z-]+” is not a “transition-property” value/, why: 'Custom properties are valid transition-property values; Tailwind transitions its gradient stops.' },
];

const hasJava = spawnSync('sh', ['-c', 'command -v java']).status === 0;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function check(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!run.stdout) throw new Error(`vnu did not run: ${run.stderr}`);
  const messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
  return messages.filter((m) => m.type === 'error' && !CSS_PARSER_FALSE_POSITIVES.some((f) => f.message.test(m.message)));
}

const describe = (m: VnuMessage) => `${path.basename(m.url)}:${m.lastLine ?? '?'} ${m.message} ${m.extract ? `[${m.extract.trim().slice(0, 80)}]` : ''}`;

test.describe('valid markup (Nu HTML Checker)', () => {
  test.skip(!hasJava, 'needs Java for the Nu HTML Checker (Debian: default-jre-headless); run the tests as root, or install it');

  test('every page has no errors', () => {
    test.setTimeout(120_000);
    const pages = readdirSync('out', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('charts/') && !f.startsWith('_bench'))
      .map((f) => path.join('out', f));
    expect(pages.length).toBeGreaterThanOrEqual(14);
    expect(check(pages).map(describe)).toEqual([]);
  });

  test('every citation card and view fragment has no errors inside a document', () => {
    test.setTimeout(120_000);
    const dir = scratchDir('vnu-fragments');
    const files: string[] = [];
    for (const folder of ['cards', 'fragments']) {
      mkdirSync(path.join(dir, folder));
      for (const name of readdirSync(path.join('out', 'charts', folder)).filter((f) => f.endsWith('.html'))) {
        const body = readFileSync(path.join('out', 'charts', folder, name), 'utf8');
        const file = path.join(dir, folder, name);
        writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${folder}/${name}</title></head><body>${body}</body></html>`);
        files.push(file);
      }
    }
    expect(files.length).toBeGreaterThan(60);
    expect(check(files).map(describe)).toEqual([]);
  });

  test('the checker still reports what it must: a broken page fails', () => {
    const dir = scratchDir('vnu-canary');
    const file = path.join(dir, 'broken.html');
    writeFileSync(file, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><p aria-label="about $100B">~$100B</p><i id="a"></i><i id="a"></i></body></html>');
    expect(check([file]).map((m) => m.message).join('\n')).toMatch(/aria-label[\s\S]*Duplicate ID/);
  });
});
