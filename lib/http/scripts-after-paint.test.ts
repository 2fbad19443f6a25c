import { describe, expect, it } from 'vitest';
import { DEFERRED_TYPE, LOADER, deferScriptsAfterPaint, isDeferrablePage } from './scripts-after-paint';

const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<style>body{}</style>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-x.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '</head><body><main>Amazon ~$100B</main>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

describe('deferScriptsAfterPaint', () => {
  it("turns every Next chunk script into an inert tag, in the page's order", () => {
    const { html, deferred } = deferScriptsAfterPaint(PAGE);
    expect(deferred).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-x.js', '/_next/static/chunks/b.js']);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    for (const src of deferred) expect(html).toContain(`<script type="${DEFERRED_TYPE}" data-src="${src}"></script>`);
  });

  it('drops the preloads of deferred scripts but keeps the font preload', () => {
    const { html } = deferScriptsAfterPaint(PAGE);
    expect(html).not.toContain('as="script"');
    expect(html).toContain('as="font"');
  });

  it('leaves the nomodule polyfill, the inline scripts and the content where they were', () => {
    const { html } = deferScriptsAfterPaint(PAGE);
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(html).toContain('<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>');
    expect(html).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(html).toContain('<main>Amazon ~$100B</main>');
  });

  it('adds one loader, as the last thing in the body', () => {
    const { html } = deferScriptsAfterPaint(PAGE);
    expect(html.split(LOADER)).toHaveLength(2);
    expect(html.endsWith(`${LOADER}</body></html>`)).toBe(true);
  });

  it('changes nothing on a page already done, or on one without chunk scripts', () => {
    const once = deferScriptsAfterPaint(PAGE).html;
    expect(deferScriptsAfterPaint(once)).toEqual({ html: once, deferred: [] });
    const plain = '<html><body><p>No scripts</p></body></html>';
    expect(deferScriptsAfterPaint(plain)).toEqual({ html: plain, deferred: [] });
  });
});

describe('isDeferrablePage', () => {
  it('takes the pages and the 404 page, not the framework floor or the chart fragments', () => {
    expect(['index.html', 'companies/amazon.html', 'embed/capex-2025.html', '404.html'].every(isDeferrablePage)).toBe(true);
    expect(['_bench/floor/index.html', 'charts/cards/meta-capex-2025.html', 'data/figures.csv', 'index.txt'].some(isDeferrablePage)).toBe(false);
  });
});
