import { describe, expect, it } from 'vitest';
import { embedHeight } from '../../embeds/sizing';
import { deckPath, downloadLinks, embedPath, exportImagePath, iframeCode } from './export-paths';

describe('chart exports', () => {
  it('names image files by chart, size and theme under /charts', () => {
    expect(exportImagePath('capex-2025--per-year', { width: 1920, height: 1080 }, 'dark', 'png')).toBe(
      '/charts/capex-2025--per-year/1920x1080-dark.png',
    );
  });

  it('offers PNG and SVG at both 16:9 sizes in both themes, the chart and the deck as PowerPoint, then the CSV', () => {
    const links = downloadLinks('aws-revenue', deckPath('2025'));
    expect(links).toHaveLength(11);
    expect(links.filter((l) => l.format === 'pptx').map((l) => l.href)).toEqual([
      '/charts/aws-revenue/chart.pptx',
      '/charts/ai-capex-2025-charts.pptx',
    ]);
    expect(links.filter((l) => l.format === 'png').map((l) => l.label)).toEqual([
      'PNG · 1920×1080 · light',
      'PNG · 1920×1080 · dark',
      'PNG · 1200×675 · light',
      'PNG · 1200×675 · dark',
    ]);
    expect(links.at(-1)!.href).toBe('/charts/aws-revenue/data.csv');
    // Each link's accessible name is its group, then the text it shows (label in name).
    for (const l of links) expect(l.label).toBe(`${l.group} · ${l.variant}`);
  });

  it('leaves defaults out of the embed URL, and the year, which its path names', () => {
    expect(embedPath('capex-2025')).toBe('/embed/capex-2025');
    expect(embedPath('capex-2025', { year: '2025', basis: 'total' })).toBe('/embed/capex-2025?basis=total');
    expect(embedPath('capex-2025', { basis: 'per-year', highlight: null }, 'auto')).toBe('/embed/capex-2025');
    expect(embedPath('capex-2025', { basis: 'total', highlight: 'meta' }, 'dark')).toBe(
      '/embed/capex-2025?basis=total&highlight=meta&theme=dark',
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
    expect(embedHeight({ rows: new Array(6), notes: [] })).toBeGreaterThan(
      embedHeight({ rows: new Array(2), notes: [] }),
    );
  });
});
