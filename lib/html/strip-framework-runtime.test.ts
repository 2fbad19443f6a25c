import { describe, expect, it } from 'vitest';
import {
  PAGE_SCRIPT_SRC,
  type ScriptAllowlist,
  disallowedScripts,
  isRscPayload,
  isStrippablePage,
  stripFrameworkRuntime,
  unreferencedFrameworkFiles,
} from './strip-framework-runtime';

const THEME_LINE = 'try{document.documentElement.dataset.theme="dark"}catch(e){}';
const THEME = `<script>${THEME_LINE}</script>`;
const ALLOW: ScriptAllowlist = { src: PAGE_SCRIPT_SRC, inline: [THEME_LINE] };
const OURS = '<script type="module" src="/js/page-ABC.js"></script>';
const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<style>body{}</style>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-x.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '</head><body>',
  THEME,
  '<main>Amazon ~$100B <a href="/companies/amazon">Amazon</a></main>',
  OURS,
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"4:[\\"$\\",\\"main\\",null,{\\"children\\":\\"Amazon \\u003c/script\\u003e\\"}]"])</script>',
  '</body></html>',
].join('');

describe('stripFrameworkRuntime', () => {
  it("removes Next's chunk scripts, their preloads, the polyfill, the chunk list and the RSC payload", () => {
    const { html, removed } = stripFrameworkRuntime(PAGE, ALLOW);
    expect(removed).toBe(8);
    expect(html).not.toContain('/_next/static/chunks/');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
  });

  it("keeps the content, the font preload, our own script and the embed's theme script", () => {
    const { html } = stripFrameworkRuntime(PAGE, ALLOW);
    expect(html).toContain('<main>Amazon ~$100B <a href="/companies/amazon">Amazon</a></main>');
    expect(html).toContain('as="font"');
    expect(html).toContain(OURS);
    expect(html).toContain(THEME);
  });

  it('leaves a page without a runtime as it was', () => {
    const plain = '<!DOCTYPE html><html><body><p>Sources</p>' + OURS + '</body></html>';
    expect(stripFrameworkRuntime(plain, ALLOW)).toEqual({ html: plain, removed: 0 });
  });

  it('removes an inline bootstrap under any name, and preloads whatever their attribute order', () => {
    const changed = PAGE.replace(
      '</head>',
      '<script>window.__NEW_BOOTSTRAP__=[]</script><link href="/_next/static/chunks/c.js" as="script" rel="preload"/><link rel="modulepreload" href="/x/d.mjs"/></head>',
    );
    const { html } = stripFrameworkRuntime(changed, ALLOW);
    expect(html).not.toContain('__NEW_BOOTSTRAP__');
    expect(html).not.toContain('c.js');
    expect(html).not.toContain('d.mjs');
    expect(disallowedScripts(html, ALLOW)).toEqual([]);
  });

  it('keeps only the theme line it allows, not another inline script that looks like it', () => {
    const lookalike = PAGE.replace(THEME, `${THEME}<script>${THEME_LINE}alert(1)</script>`);
    expect(stripFrameworkRuntime(lookalike, ALLOW).html).not.toContain('alert(1)');
  });

  it('stops the build when a page still names JavaScript it is not allowed, outside a script tag', () => {
    const changed = PAGE.replace('</head>', '<link rel="stylesheet" href="/_next/static/chunks/a.js"/></head>');
    expect(() => stripFrameworkRuntime(changed, ALLOW)).toThrow(
      /still names JavaScript it is not allowed.*\/_next\/static\/chunks\/a\.js/,
    );
  });

  it('does not take a JSON download for a script', () => {
    expect(
      disallowedScripts('<a href="/data/dataset.json" download>dataset.json</a><a href="/x.js?v=1">x</a>', ALLOW),
    ).toEqual(['/x.js']);
  });

  it('finds what a plain `next build` leaves in a page, so start and the bench can refuse it', () => {
    expect(disallowedScripts(PAGE, ALLOW)).toEqual(
      expect.arrayContaining(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']),
    );
  });
});

describe('isStrippablePage', () => {
  it("applies to the site's pages and embeds, not to fragments or the benchmark's framework floor", () => {
    expect(isStrippablePage('index.html')).toBe(true);
    expect(isStrippablePage('companies/amazon.html')).toBe(true);
    expect(isStrippablePage('embed/capex-2025.html')).toBe(true);
    expect(isStrippablePage('404.html')).toBe(true);
    expect(isStrippablePage('charts/cards/amazon-capex-2025.html')).toBe(false);
    expect(isStrippablePage('_bench/floor/index.html')).toBe(false);
    expect(isStrippablePage('data/figures.csv')).toBe(false);
  });
});

describe('unreferencedFrameworkFiles', () => {
  const files = new Map<string, string | null>([
    ['index.html', '<link rel="stylesheet" href="/_next/static/chunks/site.css"><script src="/js/page-1.js"></script>'],
    ['_next/static/chunks/site.css', '@font-face{src:url(/_next/static/media/geist.woff2)}'],
    ['_next/static/media/geist.woff2', null],
    ['_next/static/chunks/runtime.js', 'import "/_next/static/chunks/other.js"; if (host === "localhost") {}'],
    ['_next/static/chunks/other.js', ''],
    ['_next/static/abc/_buildManifest.js', ''],
    ['js/page-1.js', ''],
  ]);

  it('lists the chunks and manifests no page loads, even when another unloaded chunk imports them', () => {
    expect(unreferencedFrameworkFiles(files).sort()).toEqual([
      '_next/static/abc/_buildManifest.js',
      '_next/static/chunks/other.js',
      '_next/static/chunks/runtime.js',
    ]);
  });

  it('keeps what a page or a stylesheet refers to, and never touches files outside Next’s folder', () => {
    const kept = unreferencedFrameworkFiles(files);
    for (const p of ['_next/static/chunks/site.css', '_next/static/media/geist.woff2', 'js/page-1.js', 'index.html'])
      expect(kept).not.toContain(p);
  });
});

describe('isRscPayload', () => {
  const files = new Set([
    'index.html',
    'index.txt',
    'sources.html',
    'sources.txt',
    'companies/amazon.html',
    'companies/amazon.txt',
    'companies/amazon/__next._full.txt',
    'robots.txt',
    'notes.txt',
  ]);

  it('picks the payload beside each page and the __next payloads in page folders', () => {
    expect([...files].filter((f) => isRscPayload(f, files)).sort()).toEqual([
      'companies/amazon.txt',
      'companies/amazon/__next._full.txt',
      'index.txt',
      'sources.txt',
    ]);
  });

  it('leaves robots.txt and any text file that is not a page’s payload', () => {
    expect(isRscPayload('robots.txt', files)).toBe(false);
    expect(isRscPayload('notes.txt', files)).toBe(false);
  });
});
