import { describe, expect, it } from 'vitest';
import { preferredEncoding, shouldPrecompress } from './precompressed';

describe('choosing a precompressed copy', () => {
  it('sends Brotli to a browser that accepts Brotli and gzip (Chrome, Firefox, Safari)', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
  });

  it('sends gzip to a client that accepts only gzip', () => {
    expect(preferredEncoding('gzip, deflate', ['br', 'gzip'])).toBe('gzip');
  });

  it('follows the client’s q-values over its own order', () => {
    expect(preferredEncoding('br;q=0.5, gzip;q=1', ['br', 'gzip'])).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
  });

  it('sends the file as it is when the client sends no Accept-Encoding, refuses both, or prefers identity', () => {
    expect(preferredEncoding(undefined, ['br', 'gzip'])).toBeUndefined();
    expect(preferredEncoding('', ['br', 'gzip'])).toBeUndefined();
    expect(preferredEncoding('identity', ['br', 'gzip'])).toBeUndefined();
    expect(preferredEncoding('br;q=0, gzip;q=0', ['br', 'gzip'])).toBeUndefined();
  });

  it('only offers the copies that exist', () => {
    expect(preferredEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(preferredEncoding('br', ['gzip'])).toBeUndefined();
    expect(preferredEncoding('gzip, br', [])).toBeUndefined();
  });

  it('copes with a hostile header without throwing', () => {
    expect(preferredEncoding('<script>alert(1)</script>;q=abc, '.repeat(500), ['br', 'gzip'])).toBeUndefined();
  });
});

describe('which files the build compresses', () => {
  it('compresses pages, scripts, styles, chart SVGs and data files of 1 kB or more', () => {
    for (const file of [
      'companies/amazon.html',
      '_next/static/chunks/a.js',
      'a.css',
      'charts/x/1920x1080-light.svg',
      'companies/amazon.txt',
      'data/figures.json',
      'data/figures.csv',
      'sitemap.xml',
    ]) {
      expect(shouldPrecompress(file, 5000), file).toBe(true);
    }
  });

  it('leaves images, fonts, already compressed copies and tiny files alone', () => {
    for (const file of [
      'og/amazon.png',
      '_next/static/media/geist.woff2',
      'index.html.br',
      'index.html.gz',
      'favicon.ico',
    ]) {
      expect(shouldPrecompress(file, 5000), file).toBe(false);
    }
    expect(shouldPrecompress('robots.txt', 200)).toBe(false);
  });
});
