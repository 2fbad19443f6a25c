import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '@/lib/url/params';
import { formatView } from '@/lib/url/view';
import { type PageOutline, composePage } from './page-views';

const vocabulary: Vocabulary = {
  companies: ['acme', 'globex', 'initech'],
  years: ['2025', '2026'],
  yearsFrom: { '2025': '2025-01-03', '2026': '2026-01-28' },
  actualYears: ['2025'],
  actualYearsFrom: { '2025': '2026-01-29' },
  stated: { first: '2025-01-03', last: '2026-04-30' },
};

/** An overview as the build writes it: the plans block its controls drive, and a second chart. */
const overview: PageOutline = {
  drivenBlock: 'capex-2026',
  embedReads: null,
  blocks: [
    {
      id: 'capex-2026',
      editionsFrom: '2025@2025-01-03 2026@2026-01-28',
      variants: [
        { variant: 'per-year', view: 'capex?year=2026', mode: 'all' },
        { variant: 'total', view: 'capex?year=2026&basis=total', mode: 'all' },
      ],
    },
    {
      id: 'plan-outcomes-2025',
      editionsFrom: '2025@2026-01-29',
      variants: [{ variant: 'default', view: 'plan-outcomes?year=2025', mode: 'all' }],
    },
  ],
};

const shown = (page: ReturnType<typeof composePage>, block: string) =>
  page.blocks.find((b) => b.id === block)?.variants.map((v) => (v.changed ? formatView(v.view) : 'as built'));

describe('what a page’s address asks its blocks to show', () => {
  it('changes nothing for an address that asks for the page as built', () => {
    expect(composePage(overview, '', vocabulary).changed).toBe(false);
    expect(composePage(overview, '?view=chart', vocabulary).changed).toBe(false);
  });

  it('draws the companies asked for in the block the controls drive, in every basis, and leaves the others', () => {
    const page = composePage(overview, '?companies=initech,acme&highlight=acme', vocabulary);
    expect(page.changed).toBe(true);
    expect(shown(page, 'capex-2026')).toEqual([
      'capex?year=2026&companies=acme,initech&highlight=acme',
      'capex?year=2026&companies=acme,initech&basis=total&highlight=acme',
    ]);
    expect(shown(page, 'plan-outcomes-2025')).toEqual(['as built']);
  });

  it('sets the switches an address names, even when no view changes', () => {
    const page = composePage(overview, '?basis=total&view=table', vocabulary);
    expect(page.changed).toBe(true);
    expect(page.blocks[0]?.switches).toMatchObject({ basis: 'total', view: 'table' });
    expect(page.blocks[1]?.switches).toBeNull();
  });

  it('draws every block as of a day: the edition it had then, or hides a block that had none', () => {
    const page = composePage(overview, '?asof=2025-06-30', vocabulary);
    expect(shown(page, 'capex-2026')).toEqual([
      'capex?year=2025&asof=2025-06-30',
      'capex?year=2025&basis=total&asof=2025-06-30',
    ]);
    expect(page.blocks[1]?.hidden).toBe(true);
  });

  it('drops what the page does not read, with the reason, and draws the rest', () => {
    const page = composePage(overview, '?companies=acme,nobody&theme=dark', vocabulary);
    expect(page.ignored.map((i) => i.key)).toEqual(['companies', 'theme']);
    expect(shown(page, 'capex-2026')?.[0]).toBe('capex?year=2026&companies=acme');
  });

  it('reads an embed’s own parameters only, and drives its one block', () => {
    const embed: PageOutline = {
      drivenBlock: null,
      embedReads: ['companies', 'highlight', 'view', 'theme'],
      blocks: [overview.blocks[0]!],
    };
    const page = composePage(embed, '?companies=globex&basis=total', vocabulary);
    expect(page.ignored.map((i) => i.key)).toEqual(['basis']);
    expect(shown(page, 'capex-2026')?.[0]).toBe('capex?year=2026&companies=globex');
  });
});
