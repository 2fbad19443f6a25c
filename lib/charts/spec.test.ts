import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import type { Dataset } from '../dataset/schema';
import { LAYOUTS, fitLayout, minRowHeight } from './layout';
import { niceAxis } from './scale';
import { creditedSources, sourceLine } from './source-line';
import { buildChartSpec } from './spec';

const ds = loadDataset('data').dataset!;
const rowOf = (spec: ReturnType<typeof buildChartSpec>, entity: string) => spec.rows.find((r) => r.entity === entity)!;

describe('the overview chart spec', () => {
  const perYear = buildChartSpec(ds, 'capex-2025');
  const total = buildChartSpec(ds, 'capex-2025', { basis: 'total' });

  it('shows the five in display order', () => {
    expect(perYear.rows.map((r) => r.entity)).toEqual(['amazon', 'microsoft', 'alphabet', 'meta', 'stargate']);
  });

  it('draws Meta as a range, labelled "$60–65B"', () => {
    expect(rowOf(perYear, 'meta')).toMatchObject({ low: 60e9, high: 65e9, valueLabel: '$60–65B', qualifier: 'range' });
  });

  it("labels Microsoft's figure as its fiscal year, July 2024 to June 2025", () => {
    expect(rowOf(perYear, 'microsoft').sublabel).toContain('FY2025 (Jul 2024 – Jun 2025)');
    expect(perYear.notes.join(' ')).toContain('July 2024 to June 2025');
  });

  it('shows Stargate per year by default, and its total on request, saying which in the subtitle', () => {
    expect(rowOf(perYear, 'stargate')).toMatchObject({ figureId: 'stargate-investment-per-year', valueLabel: '$125B', style: 'derived' });
    expect(perYear.subtitle).toContain('yearly average');
    expect(rowOf(total, 'stargate')).toMatchObject({ figureId: 'stargate-investment-total', valueLabel: '$500B', style: 'solid' });
    expect(total.subtitle).toContain('total four-year commitment');
  });

  it("marks Amazon's ~$100B plan with its $105.2B run-rate and its ~$83B 2024 capex", () => {
    const amazon = rowOf(perYear, 'amazon');
    expect(amazon.valueLabel).toBe('~$100B');
    expect(amazon.markers.map((m) => [m.kind, m.valueLabel])).toEqual([
      ['run-rate', '$105.2B'],
      ['prior-year', '~$83B'],
    ]);
  });

  it('extends the axis past the largest value or marker, on round ticks', () => {
    expect(perYear.axis.max).toBeGreaterThanOrEqual(125e9);
    expect(total.axis.max).toBeGreaterThanOrEqual(500e9);
    expect(perYear.axis.tickLabels).toEqual(['$0', '$25B', '$50B', '$75B', '$100B', '$125B']);
  });

  it('lists every figure it shows, markers included, for cards, tables and the source line', () => {
    expect(perYear.figureIds).toEqual(expect.arrayContaining(['amazon-capex-2025-run-rate', 'amazon-capex-2024', 'meta-capex-2025']));
    expect(perYear.figureIds).toHaveLength(7);
  });

  it('states every number in its text alternative', () => {
    for (const label of ['about $100B', '$80B', '$75B', '$60–65B', '$125B', '$105.2B', '~$83B']) expect(perYear.description).toContain(label);
  });

  it('dims all but the highlighted entity, and names it in the title', () => {
    const meta = buildChartSpec(ds, 'capex-2025', { highlight: 'meta' });
    expect(meta.rows.filter((r) => r.dimmed).map((r) => r.entity)).toEqual(['amazon', 'microsoft', 'alphabet', 'stargate']);
    expect(meta.title).toBe('Meta among the 2025 AI spending plans');
    expect(meta.key).toBe('capex-2025--per-year--highlight-meta');
  });

  it('shows only the chosen entities, still in display order', () => {
    const two = buildChartSpec(ds, 'capex-2025', { entities: ['meta', 'amazon'] });
    expect(two.rows.map((r) => r.entity)).toEqual(['amazon', 'meta']);
    expect(two.notes.join(' ')).not.toContain('Microsoft');
  });
});

describe('the source line', () => {
  it('names, alphabetically, the publications of every figure shown', () => {
    expect(sourceLine(ds, ['meta-capex-2025'])).toBe('Sources: Anzali and Quartz (news articles, Feb 2025).');
  });

  it("credits a derived figure's inputs: the dataset's own sum cites the four plans' sources", () => {
    expect(creditedSources(ds, ['big-tech-capex-2025-sum-of-plans']).map((s) => s.publisher)).toEqual([
      'Anzali',
      'Kodefied',
      'Quartz',
      'The American Bazaar',
      'The News Intel',
    ]);
  });

  it('changes when the figures shown change: it is computed, not typed', () => {
    const edited: Dataset = structuredClone(ds);
    edited.figures.find((f) => f.id === 'meta-capex-2025')!.citations.splice(1, 1);
    expect(sourceLine(edited, ['meta-capex-2025'])).toBe('Source: Quartz (news article, Feb 2025).');
  });
});

describe('layouts', () => {
  it('give every page and export row room for its label, bar and note', () => {
    for (const layout of Object.values(LAYOUTS)) expect(layout.rowHeight, layout.name).toBeGreaterThanOrEqual(minRowHeight(layout));
  });

  it('never squeeze a fitted row below that minimum', () => {
    expect(fitLayout(LAYOUTS.og, 1096, 300, 5).rowHeight).toBe(minRowHeight(LAYOUTS.og));
    expect(fitLayout(LAYOUTS.og, 1096, 2000, 5).rowHeight).toBe(LAYOUTS.og.rowHeight);
  });
});

describe('niceAxis', () => {
  it('ends on a round tick at or above the data', () => {
    expect(niceAxis(125e9)).toEqual({ max: 125e9, ticks: [0, 25e9, 50e9, 75e9, 100e9, 125e9] });
    expect(niceAxis(107.6e9).max).toBe(125e9);
    expect(niceAxis(500e9).ticks).toEqual([0, 100e9, 200e9, 300e9, 400e9, 500e9]);
  });
});
