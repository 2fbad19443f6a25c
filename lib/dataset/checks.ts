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
      if (c.role !== 'states-value' || c.quote === undefined || statesValue(c.quote, f.value)) return [];
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

/** Every source is cited. */
const sourcesUsed: Check = (ds, ctx) => {
  const cited = new Set(ds.figures.flatMap((f) => f.citations.map((c) => c.source)));
  return ds.sources.flatMap((s): DataProblem[] =>
    cited.has(s.id)
      ? []
      : [
          {
            code: 'orphan-source' as const,
            file: ctx.file('sources'),
            record: `source "${s.id}"`,
            message: 'expected at least one figure citing this source; remove it or cite it',
          },
        ],
  );
};

/**
 * The dataset's date is its latest statement's: no figure is stated after it, one is stated on it, and no
 * article it quotes is dated after it. (A report may be: it carries a statement made before it.)
 */
const asOfIsLatestStatement: Check = (ds, ctx) => {
  const { asOf } = ds.meta;
  const problems: DataProblem[] = ds.figures
    .filter((f) => f.stated.on > asOf)
    .map((f) => ({
      code: 'as-of-mismatch' as const,
      file: ctx.file('figures'),
      record: `figure "${f.id}"`,
      field: 'stated.on',
      message: `expected a statement on or before the dataset's date (meta.json's asOf, ${asOf}); it is dated ${f.stated.on}: move asOf to the latest statement`,
    }));
  const latest = ds.figures.reduce((max, f) => (f.stated.on > max ? f.stated.on : max), '');
  if (latest && latest < asOf)
    problems.push({
      code: 'as-of-mismatch',
      file: ctx.file('meta'),
      field: 'asOf',
      message: `expected the day of the latest statement, ${latest}; got ${asOf}, when nothing was stated`,
    });
  for (const s of ds.sources)
    if (s.kind === 'article' && s.published.slice(0, asOf.length) > asOf)
      problems.push({
        code: 'as-of-mismatch',
        file: ctx.file('meta'),
        field: 'asOf',
        message: `expected asOf on or after every article's publication; source "${s.id}" is dated ${s.published}`,
      });
  return problems;
};

/** The most reports a figure cites: the two most reputable (schema's tier), so a reader gets the best two. */
export const MAX_REPORTS_CITED = 2;

/**
 * Each kind of source by its own rules: an article's citation quotes it verbatim (the articles check verifies
 * the quote); a report's never does (its sentences are not copied). A figure cites at most two reports, the
 * most reputable it has, and one that cites fewer than two publishers says it is single-source.
 */
const evidenceByKind: Check = (ds, ctx) => {
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  return ds.figures.flatMap((f): DataProblem[] => {
    const record = `figure "${f.id}"`;
    const problems: DataProblem[] = [];
    f.citations.forEach((c, i) => {
      const kind = sources.get(c.source)?.kind;
      if (kind === 'article' && c.quote === undefined)
        problems.push({
          code: 'quote-missing',
          file: ctx.file('figures'),
          record,
          field: `citations[${i}].quote`,
          message: `expected the verbatim sentence: "${c.source}" is an archived article, and its figures quote it`,
        });
      if (kind === 'report' && c.quote !== undefined)
        problems.push({
          code: 'quote-from-report',
          file: ctx.file('figures'),
          record,
          field: `citations[${i}].quote`,
          message: `expected no quote: "${c.source}" is a report whose text the project does not keep, and its sentences are not copied; say what it supports in the figure's note, in your own words`,
        });
    });
    const reports = f.citations.filter((c) => sources.get(c.source)?.kind === 'report');
    if (reports.length > MAX_REPORTS_CITED)
      problems.push({
        code: 'too-many-reports',
        file: ctx.file('figures'),
        record,
        field: 'citations',
        message: `expected at most the ${MAX_REPORTS_CITED} most reputable reports of the statement; got ${reports.length}`,
      });
    const publishers = new Set(f.citations.map((c) => sources.get(c.source)?.publisher));
    if (reports.length > 0 && publishers.size < 2 && f.confidence === undefined)
      problems.push({
        code: 'unmarked-single-source',
        file: ctx.file('figures'),
        record,
        field: 'confidence',
        message: `expected "confidence": "single-source": only ${[...publishers].join('')} carries it`,
      });
    return problems;
  });
};

/**
 * A revision revises a figure of the same entity, metric, segment and period, stated before it; a statement
 * is revised at most once (the next revision revises the revision), so each plan is one chain. A derived
 * figure is stated when its last input was.
 */
const revisionsChain: Check = (ds, ctx) => {
  const revisedBy = new Map<string, string>();
  return ds.figures.flatMap((f): DataProblem[] => {
    const record = `figure "${f.id}"`;
    const problem = (field: string, message: string): DataProblem[] => [
      { code: 'revision-mismatch', file: ctx.file('figures'), record, field, message },
    ];
    if (f.derivation) {
      const inputs = (f.derivation.op === 'sum' ? f.derivation.inputs : [f.derivation.input]).map((id) =>
        ctx.figureById.get(id),
      );
      const last = inputs.reduce((max, x) => (x && x.stated.on > max ? x.stated.on : max), '');
      if (last && f.stated.on !== last)
        return problem('stated.on', `expected ${last}, the day its last input was stated; got ${f.stated.on}`);
    }
    if (f.revises === undefined) return [];
    const earlier = ctx.figureById.get(f.revises);
    if (!earlier) return problem('revises', `expected a figure id from ${ctx.file('figures')}, got "${f.revises}"`);
    const twice = revisedBy.get(f.revises);
    revisedBy.set(f.revises, f.id);
    if (twice)
      return problem(
        'revises',
        `expected one revision of "${f.revises}"; "${twice}" revises it too: revise the latest statement instead`,
      );
    const same =
      earlier.entity === f.entity &&
      earlier.metric === f.metric &&
      earlier.segment === f.segment &&
      earlier.period.start === f.period.start &&
      earlier.period.end === f.period.end;
    if (!same)
      return problem(
        'revises',
        `expected a figure of the same entity, metric, segment and period; "${f.revises}" is ${earlier.entity}’s ${earlier.metric}, ${earlier.period.label}`,
      );
    if (earlier.stated.on >= f.stated.on)
      return problem(
        'stated.on',
        `expected a day after the statement it revises ("${f.revises}", ${earlier.stated.on}); got ${f.stated.on}`,
      );
    return [];
  });
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
  sourcesUsed,
  asOfIsLatestStatement,
  evidenceByKind,
  revisionsChain,
  disagreementsResolve,
  ignoredAmountsResolve,
  releasesRecorded,
];
