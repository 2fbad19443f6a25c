/**
 * Integrity checks on a schema-valid dataset: references resolve, ids are
 * unique, quotes print their figure's number, derived figures recompute.
 */
import { formatUsd } from '../money/format';
import { statesValue, findMoneyMentions } from '../money/parse';
import { derive, withinRounding } from './derive';
import type { DataProblem } from './problems';
import { compareVersions, contentHash } from './version';
import { yearsSpanned, yearlyAverageOf } from './plans';
import { DATASET_FILES, type Dataset, type Figure } from './schema';

/** A value as a check's message prints it: "$60–65B (60000000000–65000000000 USD)". */
function formatValueForMessage(value: { low: number; high: number }): string {
  const usd = value.low === value.high ? `${value.low}` : `${value.low}–${value.high}`;
  return `${formatUsd(value.low, value.high)} (${usd} USD)`;
}

/** What every check reads besides the dataset: where its files are, and the figures by id. */
interface CheckContext {
  file: (part: keyof typeof DATASET_FILES) => string;
  figureById: ReadonlyMap<string, Figure>;
}

type Check = (ds: Dataset, ctx: CheckContext) => DataProblem[];

/** Runs every integrity check; each returns its own problems, in this order. */
export function checkDataset(ds: Dataset, dataDir = 'data'): DataProblem[] {
  const ctx: CheckContext = {
    file: (part) => `${dataDir}/${DATASET_FILES[part].file}`,
    figureById: new Map(ds.figures.map((f) => [f.id, f])),
  };
  return INTEGRITY_CHECKS.flatMap((check) => check(ds, ctx));
}

function duplicateIds<T>(
  ctx: CheckContext,
  items: readonly T[],
  key: (t: T) => string,
  part: keyof typeof DATASET_FILES,
  noun: string,
): DataProblem[] {
  const seen = new Set<string>();
  const problems: DataProblem[] = [];
  for (const item of items) {
    const id = key(item);
    if (seen.has(id)) {
      problems.push({
        code: 'duplicate-id',
        file: ctx.file(part),
        record: `${noun} "${id}"`,
        field: DATASET_FILES[part].idField ?? undefined,
        message: `expected a unique id; "${id}" is used more than once`,
      });
    }
    seen.add(id);
  }
  return problems;
}

/** Every record's id is unique in its file. */
const uniqueIds: Check = (ds, ctx) => [
  ...duplicateIds(ctx, ds.sources, (s) => s.id, 'sources', 'source'),
  ...duplicateIds(ctx, ds.entities, (e) => e.slug, 'entities', 'entity'),
  ...duplicateIds(ctx, ds.figures, (f) => f.id, 'figures', 'figure'),
  ...duplicateIds(ctx, ds.disagreements, (d) => d.id, 'disagreements', 'disagreement'),
  ...duplicateIds(ctx, ds.changelog, (r) => r.version, 'changelog', 'release'),
];

/** Every entity is shown somewhere: a company compared without a plan has no bar; a context entity without a figure is in no note. */
const entitiesShown: Check = (ds, ctx) =>
  ds.entities.flatMap((e): DataProblem[] => {
    const record = `entity "${e.slug}"`;
    const hasPlans = Object.keys(e.plans).length > 0;
    if (e.role === 'primary' && !hasPlans)
      return [
        {
          code: 'shown-nowhere',
          file: ctx.file('entities'),
          record,
          field: 'plans',
          message: 'expected a plan for at least one year: a primary entity without one has no bar in any plans chart',
        },
      ];
    if (e.role === 'context' && !ds.figures.some((f) => f.entity === e.slug))
      return [
        {
          code: 'shown-nowhere',
          file: ctx.file('entities'),
          record,
          message:
            'expected at least one figure of this entity: it would be shown nowhere; remove it or add its figures',
        },
      ];
    return [];
  });

/** An entity's plans are its own figures, only primary entities have plans, and a plan over several years has its yearly average. */
const plansResolve: Check = (ds, ctx) =>
  ds.entities.flatMap((e): DataProblem[] => {
    const record = `entity "${e.slug}"`;
    const years = Object.keys(e.plans);
    if (e.role === 'context' && years.length > 0)
      return [
        {
          code: 'unknown-figure',
          file: ctx.file('entities'),
          record,
          field: 'plans',
          message: 'expected no plans for a context entity: plans charts compare primary entities',
        },
      ];
    return Object.entries(e.plans).flatMap(([year, id]): DataProblem[] => {
      const plan = ctx.figureById.get(id);
      if (plan?.entity !== e.slug)
        return [
          {
            code: 'unknown-figure',
            file: ctx.file('entities'),
            record,
            field: `plans.${year}`,
            message: `expected a figure of this entity, got "${id}"`,
          },
        ];
      if (yearsSpanned(plan) > 1 && !yearlyAverageOf(ds, plan))
        return [
          {
            code: 'missing-yearly-average',
            file: ctx.file('figures'),
            record: `figure "${plan.id}"`,
            field: 'period',
            message: `expected a derived figure for its yearly average (op "divide", input "${plan.id}", by ${yearsSpanned(plan)}): a plan over ${yearsSpanned(plan)} years is drawn per year by default`,
          },
        ];
      return [];
    });
  });

/** Every figure's entity and cited sources exist. */
const figureReferences: Check = (ds, ctx) => {
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const entitySlugs = new Set(ds.entities.map((e) => e.slug));
  return ds.figures.flatMap((f): DataProblem[] => {
    const record = `figure "${f.id}"`;
    const problems: DataProblem[] = [];
    if (!entitySlugs.has(f.entity)) {
      problems.push({
        code: 'unknown-entity',
        file: ctx.file('figures'),
        record,
        field: 'entity',
        message: `expected an entity slug from ${ctx.file('entities')}, got "${f.entity}"`,
      });
    }
    f.citations.forEach((c, i) => {
      if (!sourceIds.has(c.source)) {
        problems.push({
          code: 'unknown-source',
          file: ctx.file('figures'),
          record,
          field: `citations[${i}].source`,
          message: `expected a source id from ${ctx.file('sources')}, got "${c.source}"`,
        });
      }
    });
    return problems;
  });
};

/** A quote that states a figure's value prints that value. */
const quotesStateValues: Check = (ds, ctx) =>
  ds.figures.flatMap((f) =>
    f.citations.flatMap((c, i): DataProblem[] => {
      if (c.role !== 'states-value' || statesValue(c.quote, f.value)) return [];
      const found = findMoneyMentions(c.quote).map((m) => `"${m.text}"`);
      return [
        {
          code: 'quote-missing-value',
          file: ctx.file('figures'),
          record: `figure "${f.id}"`,
          field: `citations[${i}].quote`,
          message: `expected the quote to print the figure's value ${formatValueForMessage(f.value)}; it prints ${found.length ? found.join(', ') : 'no dollar amount'}`,
        },
      ];
    }),
  );

/** A derived figure's inputs exist, and it recomputes from them within rounding. */
const derivationsRecompute: Check = (ds, ctx) =>
  ds.figures.flatMap((f): DataProblem[] => {
    if (!f.derivation) return [];
    const record = `figure "${f.id}"`;
    const result = derive(f.derivation, (id) => ctx.figureById.get(id));
    if (!result.ok)
      return [
        {
          code: 'unknown-figure',
          file: ctx.file('figures'),
          record,
          field: 'derivation',
          message: `expected input figure ids that exist; unknown: ${result.missing.map((m) => `"${m}"`).join(', ')}`,
        },
      ];
    if (!withinRounding(f.value, result.value))
      return [
        {
          code: 'derivation-mismatch',
          file: ctx.file('figures'),
          record,
          field: 'value',
          message: `expected ${formatValueForMessage(result.value)} from "${f.derivation.description}", within rounding; the figure says ${formatValueForMessage(f.value)}`,
        },
      ];
    return [];
  });

/** Every source is cited, and none is dated after the dataset's as-of date. */
const sourcesUsedAndDated: Check = (ds, ctx) => {
  const cited = new Set(ds.figures.flatMap((f) => f.citations.map((c) => c.source)));
  return ds.sources.flatMap((s): DataProblem[] => [
    ...(cited.has(s.id)
      ? []
      : [
          {
            code: 'orphan-source' as const,
            file: ctx.file('sources'),
            record: `source "${s.id}"`,
            message: 'expected at least one figure citing this source; remove it or cite it',
          },
        ]),
    ...(s.published.slice(0, ds.meta.asOf.length) > ds.meta.asOf
      ? [
          {
            code: 'as-of-before-source' as const,
            file: ctx.file('meta'),
            field: 'asOf',
            message: `expected asOf on or after every source's publication; source "${s.id}" is dated ${s.published}`,
          },
        ]
      : []),
  ]);
};

/** A disagreement lists figures that exist, and the one it charts is one of them. */
const disagreementsResolve: Check = (ds, ctx) =>
  ds.disagreements.flatMap((d): DataProblem[] => {
    const record = `disagreement "${d.id}"`;
    const problems: DataProblem[] = d.figures.flatMap((id, i) =>
      ctx.figureById.has(id)
        ? []
        : [
            {
              code: 'unknown-figure' as const,
              file: ctx.file('disagreements'),
              record,
              field: `figures[${i}]`,
              message: `expected a figure id from ${ctx.file('figures')}, got "${id}"`,
            },
          ],
    );
    if (d.chartedFigure !== null && !d.figures.includes(d.chartedFigure)) {
      problems.push({
        code: 'charted-figure-not-listed',
        file: ctx.file('disagreements'),
        record,
        field: 'chartedFigure',
        message: `expected one of the disagreement's own figures, got "${d.chartedFigure}"`,
      });
    }
    return problems;
  });

/** An ignore-list entry names a source and, if any, a figure that exist. */
const ignoredAmountsResolve: Check = (ds, ctx) => {
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  return ds.ignoredAmounts.flatMap((a, i): DataProblem[] => {
    const record = `ignored amount #${i + 1} ("${a.text}" in ${a.source})`;
    const problems: DataProblem[] = [];
    if (!sourceIds.has(a.source)) {
      problems.push({
        code: 'unknown-source',
        file: ctx.file('ignoredAmounts'),
        record,
        field: 'source',
        message: `expected a source id from ${ctx.file('sources')}, got "${a.source}"`,
      });
    }
    if (a.figure !== null && !ctx.figureById.has(a.figure)) {
      problems.push({
        code: 'unknown-figure',
        file: ctx.file('ignoredAmounts'),
        record,
        field: 'figure',
        message: `expected a figure id from ${ctx.file('figures')}, got "${a.figure}"`,
      });
    }
    return problems;
  });
};

/** The version: the newest release is the data as it is; a change to the content needs a new release. */
const releasesRecorded: Check = (ds, ctx) => {
  const newest = ds.changelog[0];
  if (!newest)
    return [
      { code: 'missing-release', file: ctx.file('changelog'), message: 'expected at least one release, the first' },
    ];
  const problems: DataProblem[] = [];
  if (ds.meta.version !== newest.version) {
    problems.push({
      code: 'version-mismatch',
      file: ctx.file('meta'),
      field: 'version',
      message: `expected the newest release in ${ctx.file('changelog')}, ${newest.version}; got ${ds.meta.version}`,
    });
  }
  const hash = contentHash(ds);
  if (newest.hash !== hash) {
    problems.push({
      code: 'unreleased-change',
      file: ctx.file('changelog'),
      record: `release "${newest.version}"`,
      field: 'hash',
      message: `expected the content of release ${newest.version} (hash ${newest.hash}); the data has changed since (hash ${hash}). Record a release: npm run data:release (it writes the changelog entry with hash ${hash}, meta.json's version and the release's archived downloads)`,
    });
  }
  ds.changelog.forEach((r, i) => {
    const older = ds.changelog[i + 1];
    if (older && (r.date < older.date || compareVersions(r.version, older.version) <= 0)) {
      problems.push({
        code: 'release-order',
        file: ctx.file('changelog'),
        record: `release "${r.version}"`,
        message: `expected releases newest first, each with a higher version and a date on or after the one below it ("${older.version}", ${older.date})`,
      });
    }
  });
  return problems;
};

const INTEGRITY_CHECKS: readonly Check[] = [
  uniqueIds,
  entitiesShown,
  plansResolve,
  figureReferences,
  quotesStateValues,
  derivationsRecompute,
  sourcesUsedAndDated,
  disagreementsResolve,
  ignoredAmountsResolve,
  releasesRecorded,
];
