import { describe, expect, it } from 'vitest';
import { serveConfig } from '@/server/serve-config';
import { headersFile } from './headers-file';

const serveJson = serveConfig();

describe('the _headers file for CDN hosting', () => {
  const file = headersFile(serveJson.headers);
  const block = (pattern: string) => file.split('\n\n').find((b) => b.startsWith(`${pattern}\n`)) ?? '';

  it('sends every security header of serve.json on every path', () => {
    for (const key of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Content-Security-Policy',
      'X-Frame-Options',
    ]) {
      expect(block('/*')).toContain(`  ${key}: `);
    }
    expect(block('/*')).toContain("frame-ancestors 'none'");
  });

  it('lets any site frame /embed/* by replacing, not adding to, the framing headers', () => {
    const embed = block('/embed/*');
    expect(embed).toContain('! Content-Security-Policy');
    expect(embed).toContain('! X-Frame-Options');
    expect(embed).toMatch(/Content-Security-Policy: .*frame-ancestors \*/);
    expect(embed).not.toContain('X-Frame-Options: DENY');
  });

  it('carries HSTS and a Cross-Origin-Resource-Policy: same-origin for pages, cross-origin for what other sites embed or fetch', () => {
    expect(block('/*')).toContain('  Strict-Transport-Security: max-age=63072000; includeSubDomains');
    expect(block('/*')).toContain('  Cross-Origin-Resource-Policy: same-origin');
    for (const pattern of ['/embed/*', '/charts/*', '/og/*', '/data/*']) {
      expect(block(pattern), pattern).toContain('! Cross-Origin-Resource-Policy');
      expect(block(pattern), pattern).toContain('Cross-Origin-Resource-Policy: cross-origin');
    }
  });

  it('caches by kind of file: pages revalidate, hashed files are immutable, downloads are short-lived', () => {
    expect(block('/*')).toContain('  Cache-Control: no-cache');
    for (const pattern of ['/js/*', '/_next/static/*'])
      expect(block(pattern)).toMatch(/! Cache-Control\n {2}Cache-Control: public, max-age=31536000, immutable/);
    for (const pattern of ['/charts/*', '/og/*', '/data/*'])
      expect(block(pattern)).toMatch(/! Cache-Control[\s\S]*Cache-Control: public, max-age=600, must-revalidate/);
    // The parts the pages fetch (cards, views) change with the pages: they revalidate like them.
    for (const pattern of ['/charts/cards/*', '/charts/views/*'])
      expect(block(pattern)).toBe(`${pattern}\n  ! Cache-Control\n  Cache-Control: no-cache`);
  });

  it('refuses a serve.json rule it cannot translate', () => {
    expect(() => headersFile([{ source: 'weird/**/*.html', headers: [] }])).toThrow(/weird/);
  });
});
