import { describe, expect, it } from 'vitest';
import { buildIndex, headersFor, notFoundPage, resolveRequest } from './static-site';
import { serveConfig } from '@/server/serve-config';

const files = [
  'index.html',
  'index.html.br',
  'index.html.gz',
  'sources.html',
  'companies/amazon.html',
  'companies/amazon.html.br',
  'embed/capex-2025.html',
  '404.html',
  '404.html.gz',
  '_headers',
  '.DS_Store',
  'data/figures.csv',
  'data/figures.csv.gz',
  'charts/cards/meta-capex-2025.html',
  'js/page-abc.js',
  'robots.txt',
];
const index = buildIndex(files);
const rules = serveConfig().headers;

describe('the index of out/', () => {
  it('serves pages at their clean URLs and other files at their names, with their precompressed copies', () => {
    expect(resolveRequest(index, '/')).toEqual({
      kind: 'file',
      entry: { file: 'index.html', encodings: ['br', 'gzip'] },
    });
    expect(resolveRequest(index, '/companies/amazon')).toEqual({
      kind: 'file',
      entry: { file: 'companies/amazon.html', encodings: ['br'] },
    });
    expect(resolveRequest(index, '/data/figures.csv?x=1')).toEqual({
      kind: 'file',
      entry: { file: 'data/figures.csv', encodings: ['gzip'] },
    });
    expect(resolveRequest(index, '/charts/cards/meta-capex-2025.html')).toMatchObject({ kind: 'file' });
  });

  it('does not serve what is not for readers: the CDN headers file, dotfiles, precompressed copies by name, the 404 page by name', () => {
    for (const path of ['/_headers', '/.DS_Store', '/index.html.br', '/data/figures.csv.gz', '/404', '/404.html'])
      expect(resolveRequest(index, path), path).toEqual({ kind: 'not-found' });
  });

  it('redirects a trailing slash and a .html address to the clean URL, keeping the query', () => {
    expect(resolveRequest(index, '/companies/amazon/?highlight=meta')).toEqual({
      kind: 'redirect',
      location: '/companies/amazon?highlight=meta',
    });
    expect(resolveRequest(index, '/sources.html?x=1&y=2')).toEqual({ kind: 'redirect', location: '/sources?x=1&y=2' });
    expect(resolveRequest(index, '/index.html')).toEqual({ kind: 'redirect', location: '/' });
  });

  it('writes a query with characters a header cannot hold percent-encoded in the redirect', () => {
    expect(resolveRequest(index, '/sources/?q=a b"\u00e9')).toEqual({
      kind: 'redirect',
      location: '/sources?q=a%20b"%C3%A9',
    });
  });

  it('answers any other path — long, NUL, broken encoding, traversal — with not found, without looking at the disk', () => {
    for (const path of [
      `/${'a'.repeat(251)}`,
      `/companies/${'a'.repeat(300)}`,
      `/${'abcdefgh/'.repeat(600)}`,
      '/companies/%00amazon',
      '/%E0%A4%A',
      '/../package.json',
      '/companies/nope/',
    ]) {
      expect(resolveRequest(index, path), path.slice(0, 40)).toEqual({ kind: 'not-found' });
    }
  });

  it('serves a folder’s index.html at the folder', () => {
    const withFolder = buildIndex(['_bench/floor/index.html', '_bench/floor/_next/static/a.js']);
    expect(resolveRequest(withFolder, '/_bench/floor')).toMatchObject({
      kind: 'file',
      entry: { file: '_bench/floor/index.html' },
    });
    expect(resolveRequest(withFolder, '/_bench/floor/')).toEqual({ kind: 'redirect', location: '/_bench/floor' });
    expect(resolveRequest(withFolder, '/_bench/floor/_next/static/a.js')).toMatchObject({ kind: 'file' });
  });

  it('knows the 404 page and its copies', () => {
    expect(notFoundPage(files)).toEqual({ file: '404.html', encodings: ['gzip'] });
  });
});

describe('headers from serve.json', () => {
  it('applies the rules for every file to files at the root too', () => {
    for (const file of ['index.html', 'robots.txt', 'icon.svg', 'companies/amazon.html'])
      expect(headersFor(rules, file)['X-Content-Type-Options'], file).toBe('nosniff');
    expect(headersFor(rules, 'index.html')['X-Frame-Options']).toBe('DENY');
  });

  it('gives pages the site CSP and framing refusal, and embeds theirs', () => {
    expect(headersFor(rules, 'companies/amazon.html')).toMatchObject({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    expect(headersFor(rules, 'companies/amazon.html')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    const embed = headersFor(rules, 'embed/capex-2025.html');
    expect(embed['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Cross-Origin-Resource-Policy']).toBe('cross-origin');
  });

  it('caches hashed scripts for a year, downloads for ten minutes, and revalidates fragments like pages', () => {
    expect(headersFor(rules, 'js/page-abc.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, 'data/figures.csv')['Cache-Control']).toBe('public, max-age=600, must-revalidate');
    expect(headersFor(rules, 'charts/aws-revenue/1920x1080-light.png')['Cache-Control']).toBe(
      'public, max-age=600, must-revalidate',
    );
    expect(headersFor(rules, 'charts/cards/meta-capex-2025.html')['Cache-Control']).toBe('no-cache');
  });
});
