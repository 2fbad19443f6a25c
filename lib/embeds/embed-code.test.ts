import { describe, expect, it } from 'vitest';
import { viewFor } from '../charts/model/registry';
import { frozen as ds, frozenYear as year } from '../dataset/testing/test-datasets';
import { embedPath, iframeCode } from './embed-code';
import { embedHeight } from './sizing';

describe('a view’s embed', () => {
  it('leaves defaults out of the embed URL, and the year, which its path names', () => {
    expect(embedPath(viewFor(ds, 'capex'))).toBe(`/embed/capex-${year}`);
    expect(embedPath(viewFor(ds, 'capex', { year, basis: 'total' }))).toBe(`/embed/capex-${year}?basis=total`);
    expect(embedPath(viewFor(ds, 'capex', { basis: 'per-year', highlight: null }), 'auto')).toBe(
      `/embed/capex-${year}`,
    );
    expect(embedPath(viewFor(ds, 'capex', { basis: 'total', highlight: 'meta' }), 'dark')).toBe(
      `/embed/capex-${year}?basis=total&highlight=meta&theme=dark`,
    );
  });

  it('writes iframe code with a title, a fallback height, lazy loading and leave to copy (a citation), escaping what it quotes, then the listener for our origin', () => {
    const code = iframeCode('https://x.test/embed/capex-2025?a=1&b=2', 'Meta’s "plan" <2025>', 560);
    expect(code.slice(0, code.indexOf('<script>'))).toBe(
      '<iframe src="https://x.test/embed/capex-2025?a=1&amp;b=2" title="Meta’s &quot;plan&quot; &lt;2025&gt;" width="100%" height="560" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write" data-ai-capex-embed></iframe>',
    );
    expect(code).toMatch(/<script>\(function\(\)\{.*e\.origin!=="https:\/\/x\.test".*\}\)\(\);<\/script>$/);
  });

  it('gives taller charts taller embeds', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(embedHeight({ rows: rows(6), notes: [] })).toBeGreaterThan(embedHeight({ rows: rows(2), notes: [] }));
  });
});
