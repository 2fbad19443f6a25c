import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site';

describe('the SITE_URL warning', () => {
  it('warns when SITE_URL is missing, saying what will point at localhost and how to fix it', () => {
    const warning = siteUrlWarning({});
    expect(warning).toMatch(/SITE_URL is not set/);
    expect(warning).toMatch(/link previews, the sitemap, canonical links/);
    expect(warning).toMatch(/exported image and slide/);
    expect(warning).toContain('http://localhost:3000');
    expect(warning).toContain('SITE_URL=https://your.domain npm run build');
  });

  it('warns when SITE_URL is a local address', () => {
    expect(siteUrlWarning({ SITE_URL: 'http://127.0.0.1:8080' })).toMatch(/set to http:\/\/127\.0\.0\.1:8080/);
  });

  it('stays quiet for a public origin', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://capex.example.org' })).toBeNull();
  });
});
