import { describe, expect, it } from 'vitest';
import { planYears, primaryEntities } from '../../dataset/query';
import { frozenDataset } from '../../dataset/testing/frozen';
import { articlesDay, firstPlans } from '../../dataset/testing/test-datasets';
import { syntheticDataset } from '../../dataset/testing/synthetic';
import type { Dataset } from '../../dataset/schema';
import { niceAxis } from '../geometry/scale';
import { creditedSources, sourceLine } from './source-line';
import { buildChartSpec } from './spec';
import { viewFor } from './registry';

// The frozen release (lib/dataset/testing/frozen/): these tests name its figures, so editing data/ cannot change them.
// The plans chart is drawn as of its articles' day: the first plans, as releases 1.x held them.
const ds = frozenDataset();
const rowOf = (spec: ReturnType<typeof buildChartSpec>, entity: string) => spec.rows.find((r) => r.entity === entity)!;

describe('the overview chart spec, of the first plans', () => {
  const perYear = buildChartSpec(ds, viewFor(ds, 'capex', firstPlans));
  const total = buildChartSpec(ds, viewFor(ds, 'capex', { ...firstPlans, basis: 'total' }));

  it('shows every company with a plan, in the order entities.json lists them', () => {
    expect(perYear.rows.map((r) => r.entity)).toEqual(primaryEntities(ds).map((e) => e.slug));
  });

  it('draws the newest year with plans unless asked for another, and names it in its title and key', () => {
    const grown = syntheticDataset({ companies: 12, years: 2 }).dataset;
    expect(buildChartSpec(grown, viewFor(grown, 'capex')).view.edition).toBe('2026');
    const older = buildChartSpec(grown, viewFor(grown, 'capex', { year: '2025' }));
    expect(older.title).toContain('2025');
    expect(older.key).toBe('capex-2025--per-year');
    expect(older.rows).toHaveLength(12);
    expect(buildChartSpec(grown, viewFor(grown, 'capex')).rows).toHaveLength(11);
    expect(planYears(grown)).toEqual(['2025', '2026']);
  });

  it('draws Meta as a range, labelled "$60–65B"', () => {
    expect(rowOf(perYear, 'meta')).toMatchObject({ low: 60e9, high: 65e9, valueLabel: '$60–65B', qualifier: 'range' });
  });

  it("labels Microsoft's figure as its fiscal year, July 2024 to June 2025", () => {
    expect(rowOf(perYear, 'microsoft').sublabel).toContain('FY2025 (Jul 2024 – Jun 2025)');
    expect(perYear.notes.join(' ')).toContain('July 2024 to June 2025');
  });

  it('shows Stargate per year by default, and its total on request, saying which in the subtitle', () => {
    expect(rowOf(perYear, 'stargate')).toMatchObject({
      figureId: 'stargate-investment-per-year',
      valueLabel: '$125B',
      style: 'derived',
    });
    expect(perYear.subtitle).toContain('yearly average');
    expect(rowOf(total, 'stargate')).toMatchObject({
      figureId: 'stargate-investment-total',
      valueLabel: '$500B',
      style: 'solid',
    });
    expect(total.subtitle).toContain('total four-year commitment');
  });

  it("marks Amazon's ~$100B plan with its $105.2B run-rate and its ~$83B 2024 capex", () => {
    const amazon = rowOf(perYear, 'amazon');
    expect(amazon.valueLabel).toBe('~$100B');
    expect(amazon.markers.map((m) => [m.mark, m.valueLabel])).toEqual([
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
    expect(perYear.figureIds).toEqual(
      expect.arrayContaining(['amazon-capex-2025-run-rate', 'amazon-capex-2024', 'meta-capex-2025']),
    );
    expect(perYear.figureIds).toHaveLength(7);
  });

  it('states every number in its text alternative', () => {
    for (const label of ['about $100B', '$80B', '$75B', '$60–65B', '$125B', '$105.2B', '~$83B'])
      expect(perYear.description).toContain(label);
  });

  it('dims all but the highlighted entity, and names it in the title', () => {
    const meta = buildChartSpec(ds, viewFor(ds, 'capex', { ...firstPlans, highlight: 'meta' }));
    expect(meta.rows.filter((r) => r.dimmed).map((r) => r.entity)).toEqual([
      'amazon',
      'microsoft',
      'alphabet',
      'stargate',
    ]);
    expect(meta.title).toBe('Meta among the 2025 AI spending plans');
    expect(meta.key).toBe(`capex-2025--per-year--highlight-meta--asof-${articlesDay}`);
  });

  it('shows only the chosen entities, still in display order', () => {
    const two = buildChartSpec(ds, viewFor(ds, 'capex', { ...firstPlans, companies: ['meta', 'amazon'] }));
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

describe('niceAxis', () => {
  it('ends on a round tick at or above the data', () => {
    expect(niceAxis(125e9)).toEqual({ max: 125e9, ticks: [0, 25e9, 50e9, 75e9, 100e9, 125e9] });
    expect(niceAxis(107.6e9).max).toBe(125e9);
    expect(niceAxis(500e9).ticks).toEqual([0, 100e9, 200e9, 300e9, 400e9, 500e9]);
  });
});

describe('a spec is complete: every output reads its values from it', () => {
  it('carries, for every bar and marker, its period, formula and citations with their sources', () => {
    const spec = buildChartSpec(ds, viewFor(ds, 'capex', firstPlans));
    const amazon = rowOf(spec, 'amazon');
    expect(amazon.period).toBe('2025');
    const runRate = amazon.markers.find((m) => m.mark === 'run-rate')!;
    expect(runRate).toMatchObject({ kind: 'derived', low: 105.2e9, high: 105.2e9 });
    expect(runRate.formula).toMatch(/× 4|run-rate/);
    for (const v of [...spec.rows, ...spec.rows.flatMap((r) => r.markers)]) {
      const f = ds.figures.find((x) => x.id === v.figureId)!;
      expect(v.citations.map((c) => c.quote)).toEqual(f.citations.map((c) => c.quote));
      for (const c of v.citations) {
        const s = ds.sources.find((x) => x.id === c.sourceId)!;
        expect(c).toMatchObject({ publisher: s.publisher, headline: s.headline, published: s.published, url: s.url });
      }
    }
    expect(rowOf(spec, 'microsoft').period).toBe('FY2025 (Jul 2024 – Jun 2025)');
  });

  it('knows its own permalink, naming its year so that it keeps its meaning when a newer year arrives, other defaults left out, and the dataset’s date', () => {
    expect(buildChartSpec(ds, viewFor(ds, 'capex', firstPlans)).permalink).toBe(`/?year=2025&asof=${articlesDay}`);
    expect(
      buildChartSpec(ds, viewFor(ds, 'capex', { ...firstPlans, basis: 'total', highlight: 'meta' })).permalink,
    ).toBe(`/?year=2025&basis=total&highlight=meta&asof=${articlesDay}`);
    expect(buildChartSpec(ds, viewFor(ds, 'aws-revenue')).permalink).toBe('/companies/amazon#aws-revenue');
    expect(buildChartSpec(ds, viewFor(ds, 'aws-revenue')).asOf).toBe(ds.meta.asOf);
  });

  it('computes the numbers in its notes from the figures, never types them', () => {
    const edited: Dataset = structuredClone(ds);
    edited.figures.find((f) => f.id === 'aws-revenue-q4-2024-rounded')!.value = { low: 28.9e9, high: 28.9e9 };
    edited.figures.find((f) => f.id === 'amazon-capex-2025-more-than-100b')!.value = { low: 110e9, high: 110e9 };
    expect(buildChartSpec(edited, viewFor(edited, 'amazon-q4-2024')).notes.join(' ')).toContain(
      '~$28.9B in The News Intel',
    );
    expect(buildChartSpec(edited, viewFor(edited, 'amazon-capex')).notes.join(' ')).toContain(
      'Quartz puts 2025 at more than $110B',
    );
  });
});

describe('at twenty companies', () => {
  const grown = syntheticDataset({ companies: 20, years: 1 }).dataset;
  const spec = buildChartSpec(grown, viewFor(grown, 'capex'));

  it('counts the calendar-year plans in the fiscal-year note rather than naming them all', () => {
    expect(spec.notes[0]).toMatch(
      /^[A-Za-z ’]+’s fiscal year 2025 runs from July 2024 to June 2025; the other 18 plans are for calendar 2025\.$/,
    );
  });

  it('names a publisher once in the source line, however many of its articles are cited', () => {
    expect(spec.sourceLine).toBe('Source: Synthetic Wire (news articles, Feb 2025).');
  });
});
