import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../../lib/embeds/theme-script';
import { unstrippedBuild } from './built-site';

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'built-site-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const OURS = '<script type="module" src="/js/page-ABC123.js"></script>';

describe('unstrippedBuild', () => {
  it('accepts a site whose pages load only the page script, and an embed its theme line', () => {
    const dir = site({
      'index.html': `<html><body><a href="/data/dataset.json">data</a>${OURS}</body></html>`,
      'embed/capex-2025.html': `<html><head><script>${THEME_SCRIPT}</script></head><body>${OURS}</body></html>`,
    });
    expect(unstrippedBuild(dir)).toBeNull();
  });

  it('names the page and the script a `next build` alone leaves in it', () => {
    const dir = site({
      'index.html': `<html><body>${OURS}</body></html>`,
      'sources.html': `<html><head><script src="/_next/static/chunks/main.js" async></script></head><body>${OURS}</body></html>`,
    });
    expect(unstrippedBuild(dir)).toMatch(/sources\.html still loads \/_next\/static\/chunks\/main\.js.*npm run build/);
  });

  it('says so when there is no site at all', () => {
    expect(unstrippedBuild(site({}))).toMatch(/holds no site/);
  });
});
