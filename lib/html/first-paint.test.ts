import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { dataAttribute } from '@/lib/markup-contract';
import { FIRST_PAINT_SCRIPT } from './first-paint';

/** A page at `search` that runs the line as the layout writes it, before anything else of its body. */
function pageAt(search: string, { drawnAtEdge = false, rendererFiles = '' } = {}) {
  const window = new Window({
    url: `https://example.org/${search}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  const { document } = window;
  if (drawnAtEdge) document.documentElement.setAttribute(dataAttribute('drawnAtEdge'), 'true');
  const script = document.createElement('script');
  if (rendererFiles) script.setAttribute(dataAttribute('viewRenderer'), rendererFiles);
  script.textContent = FIRST_PAINT_SCRIPT;
  document.body.append(script);
  return {
    arriving: document.documentElement.hasAttribute(dataAttribute('viewArriving')),
    style: document.head.querySelector('style')?.textContent ?? '',
    preloads: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')),
  };
}

describe('the first-paint line', () => {
  it('names the attributes the markup contract names', () => {
    for (const name of [
      'viewArriving',
      'drawnAtEdge',
      'viewRenderer',
      'entity',
      'overviewControls',
      'embedReads',
    ] as const)
      expect(FIRST_PAINT_SCRIPT).toContain(dataAttribute(name));
  });

  it('leaves a page whose address asks for no composed view as it is', () => {
    expect(pageAt('?year=2025&highlight=meta', { rendererFiles: '/js/a.js' })).toEqual({
      arriving: false,
      style: '',
      preloads: [],
    });
  });

  it('leaves unpainted the rows of companies not asked for, in the blocks the address drives', () => {
    const { arriving, style } = pageAt('?companies=alphabet,microsoft');
    expect(arriving).toBe(true);
    expect(style).toContain(':not([data-entity="alphabet"]):not([data-entity="microsoft"])');
    expect(style).toContain('[data-overview-controls]');
    expect(style).toContain('visibility:hidden');
  });

  it('leaves every chart unpainted for a day, until the page script has drawn it', () => {
    expect(pageAt('?asof=2025-03-01').style).toContain('html[data-view-arriving] .chart-variant{visibility:hidden');
  });

  it('lets no value that is not a slug into its style', () => {
    const { style } = pageAt('?companies=meta,"]{}body{display:none},%3C/style%3E');
    expect(style).toContain('[data-entity="meta"]');
    expect(style).not.toMatch(/display:none|<\/style>/);
  });

  it('paints as it is what the edge host drew', () => {
    expect(pageAt('?companies=meta', { drawnAtEdge: true }).arriving).toBe(false);
  });

  it('starts fetching the renderer files named on it', () => {
    expect(pageAt('?companies=meta', { rendererFiles: '/js/a.js /js/b.js' }).preloads).toEqual([
      '/js/a.js',
      '/js/b.js',
    ]);
  });
});
