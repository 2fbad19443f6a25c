import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile } from './headers-file';

const serveJson = JSON.parse(readFileSync('serve.json', 'utf8'));

describe('the _headers file for CDN hosting', () => {
  const file = headersFile(serveJson.headers);
  const block = (pattern: string) => file.split('\n\n').find((b) => b.startsWith(`${pattern}\n`)) ?? '';

  it('sends every security header of serve.json on every path', () => {
    for (const key of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy', 'X-Frame-Options']) {
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

  it('refuses a serve.json rule it cannot translate', () => {
    expect(() => headersFile([{ source: 'weird/**/*.html', headers: [] }])).toThrow(/weird/);
  });
});
