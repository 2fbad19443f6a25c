import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/server/dataset';
import { citationsCsv, figuresCsv, sourcesCsv } from './csv';

const ds = loadDataset('data').dataset!;
const rows = (text: string) =>
  parse<Record<string, string>>(text, { bom: true, columns: true, record_delimiter: '\r\n' });

describe('downloads', () => {
  it('lists every figure with its value in plain USD', () => {
    const figures = rows(figuresCsv(ds));
    expect(figures).toHaveLength(ds.figures.length);
    const meta = figures.find((r) => r.id === 'meta-capex-2025')!;
    expect(meta).toMatchObject({
      entity: 'meta',
      metric: 'capex',
      low_usd: '60000000000',
      high_usd: '65000000000',
      qualifier: 'range',
      kind: 'plan',
    });
  });

  it('starts figures.csv with the documented columns', () => {
    expect(figuresCsv(ds).split('\r\n')[0]).toMatch(
      /^\uFEFFid,entity,metric,period,period_start,period_end,low_usd,high_usd,qualifier,kind,note,/,
    );
  });

  it('leaves unknown dates empty rather than inventing them', () => {
    const deepseek = rows(figuresCsv(ds)).find((r) => r.id === 'deepseek-model-cost-5-6m')!;
    expect(deepseek.period_start).toBe('');
  });

  it('keeps every quote intact through RFC 4180 quoting, commas and quotes included', () => {
    const citations = rows(citationsCsv(ds));
    expect(citations).toHaveLength(ds.figures.reduce((n, f) => n + f.citations.length, 0));
    // A report's citation has no quote: its cell is empty.
    const original = ds.figures.flatMap((f) => f.citations.map((c) => c.quote ?? ''));
    expect(citations.map((c) => c.quote)).toEqual(original);
  });

  it('starts every CSV with a UTF-8 byte-order mark, so spreadsheets read its curly quotes as UTF-8', () => {
    for (const text of [figuresCsv(ds), citationsCsv(ds), sourcesCsv(ds)]) expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows(citationsCsv(ds))[0]).toHaveProperty('figure_id');
  });

  it('uses CRLF line ends and doubles quotes inside quoted fields', () => {
    const text = figuresCsv(ds);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('""vast majority""');
  });

  it('lists every source, the five archived articles among them, with publisher, title, date and url', () => {
    const sources = rows(sourcesCsv(ds));
    expect(sources.map((s) => s.id)).toEqual(ds.sources.map((s) => s.id));
    expect(
      sources
        .filter((s) => s.kind === 'article')
        .map((s) => s.id)
        .sort(),
    ).toEqual(['american-bazaar', 'anzali', 'kodefied', 'news-intel', 'quartz']);
    expect(sources.find((s) => s.kind === 'report')).toMatchObject({ article_file: '', url_kind: '' });
    expect(sources.find((s) => s.id === 'quartz')).toMatchObject({ publisher: 'Quartz', url_kind: 'republished-copy' });
  });
});
