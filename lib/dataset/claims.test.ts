import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../charts/model/spec';
import { viewFor } from '../charts/model/registry';
import {
  actualOf,
  currentPlan,
  datasetAsOf,
  describeMove,
  formatShare,
  planStatements,
  planYearsFrom,
  shareChange,
  statementSpan,
} from './claims';
import { primaryEntities } from './query';
import { yearsSpanned } from './plans';
import { checkDataset } from './checks';
import release110 from './testing/frozen/release-1.1.0.json';
import { articlesDay, datedClaims, frozen } from './testing/test-datasets';
import { syntheticDataset } from './testing/synthetic';
import { windowsOf } from './windows';

const [first] = primaryEntities(datedClaims);
const firstYear = Object.keys(first!.plans).sort()[0]!;

describe('a plan over time, in the fixture of dated claims', () => {
  const chain = planStatements(datedClaims, first!, firstYear);

  it('is a chain: the first statement, then each revision of the one before, later each time', () => {
    expect(chain.map((f) => f.kind)).toEqual(['plan', 'revision', 'revision', 'revision']);
    chain.slice(1).forEach((f, i) => {
      expect(f.revises).toBe(chain[i]!.id);
      expect(f.stated.on > chain[i]!.stated.on).toBe(true);
    });
  });

  it('stands, on any day, at its newest statement made by then', () => {
    expect(currentPlan(datedClaims, first!, firstYear)).toBe(chain.at(-1));
    for (const [i, f] of chain.entries()) {
      const asOf = datasetAsOf(datedClaims, f.stated.on);
      expect(currentPlan(asOf, first!, firstYear)?.id).toBe(f.id);
      expect(planStatements(asOf, first!, firstYear)).toHaveLength(i + 1);
    }
    const before = datasetAsOf(datedClaims, '2024-12-31');
    expect(currentPlan(before, first!, firstYear)).toBeUndefined();
  });

  it('has its actual once reported, for the same period, and none before', () => {
    const actual = actualOf(datedClaims, chain[0]!)!;
    expect(actual).toMatchObject({ kind: 'reported', period: chain[0]!.period });
    const dayBefore = new Date(Date.parse(actual.stated.on) - 86_400_000).toISOString().slice(0, 10);
    expect(actualOf(datasetAsOf(datedClaims, dayBefore), chain[0]!)).toBeUndefined();
  });

  it('says how each statement moved, on midpoints, with a true minus sign', () => {
    expect(describeMove(chain[0]!, chain[1]!)).toBe('Raised, +5%');
    expect(describeMove(chain[1]!, chain[1]!)).toBe('Unchanged');
    expect(formatShare(shareChange(chain[1]!, chain[0]!))).toBe('−5%');
    expect(describeMove({ value: { low: 60, high: 72 } }, { value: { low: 64, high: 68 } })).toBe('Narrowed');
  });

  it('passes the data check: each revision revises one statement of its period, made before it', () => {
    expect(checkDataset(datedClaims).filter((p) => p.code !== 'unreleased-change')).toEqual([]);
  });
});

describe('the dataset as it stood on a day', () => {
  it('holds only what had been stated by then, its plans, the sources they cite, and says its day', () => {
    const { first: day } = statementSpan(datedClaims);
    const cut = datasetAsOf(datedClaims, day);
    expect(cut.meta.asOf).toBe(day);
    expect(cut.figures.every((f) => f.stated.on <= day)).toBe(true);
    const cited = new Set(cut.figures.flatMap((f) => f.citations.map((c) => c.source)));
    expect(cut.sources.every((s) => cited.has(s.id))).toBe(true);
    expect(Object.keys(planYearsFrom(cut))).toEqual([firstYear]);
  });

  it('opens a year with the first plan of its own: a commitment over several years alone does not', () => {
    const multi = frozen.figures.filter((f) => yearsSpanned(f) > 1 && f.kind === 'plan');
    const carried = frozen.entities.flatMap((e) =>
      Object.entries(e.plans).filter(([, id]) => multi.some((f) => f.id === id)),
    );
    expect(carried.length, 'the frozen release carries a commitment into a later year').toBeGreaterThan(1);
    for (const [year, id] of carried) {
      const opens = planYearsFrom(frozen)[year]!;
      const own = frozen.entities.flatMap((e) => (e.plans[year] && e.plans[year] !== id ? [e.plans[year]] : []));
      expect(opens).toBe(
        frozen.figures
          .filter((f) => own.includes(f.id))
          .map((f) => f.stated.on)
          .sort()[0],
      );
      const before = datasetAsOf(frozen, articlesDay);
      if (opens > articlesDay)
        expect(Object.values(before.entities.map((e) => e.plans[year])).filter(Boolean)).toEqual([]);
    }
  });

  it('is today’s dataset on its latest day', () => {
    const cut = datasetAsOf(datedClaims, datedClaims.meta.asOf);
    expect(cut.figures).toEqual(datedClaims.figures);
  });

  it('on the frozen release’s articles day draws release 1.1.0’s plans chart: the same rows and values', () => {
    const spec = buildChartSpec(frozen, viewFor(frozen, 'capex', { year: '2025', asof: release110.meta.asOf }));
    expect(release110.meta.asOf).toBe(articlesDay);
    const archived = new Map(release110.figures.map((f) => [f.id, f]));
    const expected = release110.entities
      .filter((e) => e.role === 'primary' && e.plans['2025' as keyof typeof e.plans])
      .map((e) => {
        const plan = e.plans['2025' as keyof typeof e.plans]!;
        // A plan over several years is drawn as its yearly average by default, as 1.1.0 drew it.
        const yearly = release110.figures.find(
          (f) => 'derivation' in f && f.derivation?.op === 'divide' && f.derivation.input === plan,
        );
        const f = yearly ?? archived.get(plan)!;
        return { entity: e.slug, figureId: f.id, low: f.value.low, high: f.value.high, qualifier: f.qualifier };
      });
    expect(
      spec.rows.map((r) => ({
        entity: r.entity,
        figureId: r.figureId,
        low: r.low,
        high: r.high,
        qualifier: r.qualifier,
      })),
    ).toEqual(expected);
    for (const marker of spec.rows.flatMap((r) => r.markers))
      expect(archived.get(marker.figureId)?.value).toEqual({ low: marker.low, high: marker.high });
  });
});

describe('a page as it stood on any day', () => {
  it('renders one variant per change, each holding from its statement to the next, today’s last', () => {
    const windows = windowsOf(
      datedClaims,
      (d) => currentPlan(d, first!, firstYear),
      (f) => f.id,
      (f) => f.entity === first!.slug,
    );
    const chain = planStatements(datedClaims, first!, firstYear);
    expect(windows.map((w) => w.value.id)).toEqual(chain.map((f) => f.id));
    windows.slice(0, -1).forEach((w, i) => expect(w.until).toBe(windows[i + 1]!.from));
    expect(windows.at(-1)!.until).toBeNull();
  });

  it('grows with the statements, linearly', () => {
    const count = (statements: number) => {
      const ds = syntheticDataset({ companies: 4, years: 1, statements }).dataset;
      return windowsOf(ds, (d) => d.figures.length, String).length;
    };
    expect(count(4) - count(2)).toBeLessThanOrEqual(2 * (count(2) - count(1)) + 1);
  });
});
