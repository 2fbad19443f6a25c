import { describe, expect, it } from 'vitest';
import { downloadLinks } from './download-menu';
import { deckPath, exportImagePath } from './export-paths';

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
    for (const l of links) expect(l.label).toBe(`${l.group} · ${l.text}`);
  });
});
