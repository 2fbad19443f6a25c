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
import { DATASET_FILES, type Dataset } from './schema';

function describe(value: { low: number; high: number }): string {
  const usd = value.low === value.high ? `${value.low}` : `${value.low}–${value.high}`;
  return `${formatUsd(value.low, value.high)} (${usd} USD)`;
}

export function checkDataset(ds: Dataset, dataDir = 'data'): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = (part: keyof typeof DATASET_FILES) => `${dataDir}/${DATASET_FILES[part].file}`;

  const duplicates = <T>(items: T[], key: (t: T) => string, part: keyof typeof DATASET_FILES, noun: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      const id = key(item);
      if (seen.has(id)) {
        problems.push({
          code: 'duplicate-id',
          file: file(part),
          record: `${noun} "${id}"`,
          field: DATASET_FILES[part].idField ?? undefined,
          message: `expected a unique id; "${id}" is used more than once`,
        });
      }
      seen.add(id);
    }
  };
  duplicates(ds.sources, (s) => s.id, 'sources', 'source');
  duplicates(ds.entities, (e) => e.slug, 'entities', 'entity');
  duplicates(ds.figures, (f) => f.id, 'figures', 'figure');
  duplicates(ds.disagreements, (d) => d.id, 'disagreements', 'disagreement');

  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const entitySlugs = new Set(ds.entities.map((e) => e.slug));
  const figureById = new Map(ds.figures.map((f) => [f.id, f]));

  for (const e of ds.entities) {
    const record = `entity "${e.slug}"`;
    const years = Object.keys(e.plans);
    // Shown nowhere: a company compared without a plan has no bar; a context entity without a figure is in no note.
    if (e.role === 'primary' && years.length === 0) {
      problems.push({
        code: 'shown-nowhere',
        file: file('entities'),
        record,
        field: 'plans',
        message: 'expected a plan for at least one year: a primary entity without one has no bar in any plans chart',
      });
    }
    if (e.role === 'context' && !ds.figures.some((f) => f.entity === e.slug)) {
      problems.push({
        code: 'shown-nowhere',
        file: file('entities'),
        record,
        message: 'expected at least one figure of this entity: it would be shown nowhere; remove it or add its figures',
      });
    }
    if (e.role === 'context' && years.length > 0) {
      problems.push({
        code: 'unknown-figure',
        file: file('entities'),
        record,
        field: 'plans',
        message: 'expected no plans for a context entity: plans charts compare primary entities',
      });
    }
    for (const year of years) {
      const id = e.plans[year]!;
      const plan = figureById.get(id);
      if (plan?.entity !== e.slug) {
        problems.push({
          code: 'unknown-figure',
          file: file('entities'),
          record,
          field: `plans.${year}`,
          message: `expected a figure of this entity, got "${id}"`,
        });
      } else if (yearsSpanned(plan) > 1 && !yearlyAverageOf(ds, plan)) {
        problems.push({
          code: 'missing-yearly-average',
          file: file('figures'),
          record: `figure "${plan.id}"`,
          field: 'period',
          message: `expected a derived figure for its yearly average (op "divide", input "${plan.id}", by ${yearsSpanned(plan)}): a plan over ${yearsSpanned(plan)} years is drawn per year by default`,
        });
      }
    }
  }

  for (const f of ds.figures) {
    const record = `figure "${f.id}"`;
    if (!entitySlugs.has(f.entity)) {
      problems.push({
        code: 'unknown-entity',
        file: file('figures'),
        record,
        field: 'entity',
        message: `expected an entity slug from ${file('entities')}, got "${f.entity}"`,
      });
    }
    f.citations.forEach((c, i) => {
      if (!sourceIds.has(c.source)) {
        problems.push({
          code: 'unknown-source',
          file: file('figures'),
          record,
          field: `citations[${i}].source`,
          message: `expected a source id from ${file('sources')}, got "${c.source}"`,
        });
      }
      if (c.role === 'states-value' && !statesValue(c.quote, f.value)) {
        const found = findMoneyMentions(c.quote).map((m) => `"${m.text}"`);
        problems.push({
          code: 'quote-missing-value',
          file: file('figures'),
          record,
          field: `citations[${i}].quote`,
          message: `expected the quote to print the figure's value ${describe(f.value)}; it prints ${found.length ? found.join(', ') : 'no dollar amount'}`,
        });
      }
    });
    if (f.derivation) {
      const result = derive(f.derivation, (id) => figureById.get(id));
      if (!result.ok) {
        problems.push({
          code: 'unknown-figure',
          file: file('figures'),
          record,
          field: 'derivation',
          message: `expected input figure ids that exist; unknown: ${result.missing.map((m) => `"${m}"`).join(', ')}`,
        });
      } else if (!withinRounding(f.value, result.value)) {
        problems.push({
          code: 'derivation-mismatch',
          file: file('figures'),
          record,
          field: 'value',
          message: `expected ${describe(result.value)} from "${f.derivation.description}", within rounding; the figure says ${describe(f.value)}`,
        });
      }
    }
  }

  const cited = new Set(ds.figures.flatMap((f) => f.citations.map((c) => c.source)));
  for (const s of ds.sources) {
    if (!cited.has(s.id)) {
      problems.push({
        code: 'orphan-source',
        file: file('sources'),
        record: `source "${s.id}"`,
        message: 'expected at least one figure citing this source; remove it or cite it',
      });
    }
    if (s.published.slice(0, ds.meta.asOf.length) > ds.meta.asOf) {
      problems.push({
        code: 'as-of-before-source',
        file: file('meta'),
        field: 'asOf',
        message: `expected asOf on or after every source's publication; source "${s.id}" is dated ${s.published}`,
      });
    }
  }

  for (const d of ds.disagreements) {
    const record = `disagreement "${d.id}"`;
    d.figures.forEach((id, i) => {
      if (!figureById.has(id)) {
        problems.push({
          code: 'unknown-figure',
          file: file('disagreements'),
          record,
          field: `figures[${i}]`,
          message: `expected a figure id from ${file('figures')}, got "${id}"`,
        });
      }
    });
    if (d.chartedFigure !== null && !d.figures.includes(d.chartedFigure)) {
      problems.push({
        code: 'charted-figure-not-listed',
        file: file('disagreements'),
        record,
        field: 'chartedFigure',
        message: `expected one of the disagreement's own figures, got "${d.chartedFigure}"`,
      });
    }
  }

  ds.ignoredAmounts.forEach((a, i) => {
    const record = `ignored amount #${i + 1} ("${a.text}" in ${a.source})`;
    if (!sourceIds.has(a.source)) {
      problems.push({
        code: 'unknown-source',
        file: file('ignoredAmounts'),
        record,
        field: 'source',
        message: `expected a source id from ${file('sources')}, got "${a.source}"`,
      });
    }
    if (a.figure !== null && !figureById.has(a.figure)) {
      problems.push({
        code: 'unknown-figure',
        file: file('ignoredAmounts'),
        record,
        field: 'figure',
        message: `expected a figure id from ${file('figures')}, got "${a.figure}"`,
      });
    }
  });

  // The version: the newest release is the data as it is; a change to the content needs a new release.
  duplicates(ds.changelog, (r) => r.version, 'changelog', 'release');
  const newest = ds.changelog[0];
  if (!newest) {
    problems.push({
      code: 'missing-release',
      file: file('changelog'),
      message: 'expected at least one release, the first',
    });
  } else {
    if (ds.meta.version !== newest.version) {
      problems.push({
        code: 'version-mismatch',
        file: file('meta'),
        field: 'version',
        message: `expected the newest release in ${file('changelog')}, ${newest.version}; got ${ds.meta.version}`,
      });
    }
    const hash = contentHash(ds);
    if (newest.hash !== hash) {
      problems.push({
        code: 'unreleased-change',
        file: file('changelog'),
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
          file: file('changelog'),
          record: `release "${r.version}"`,
          message: `expected releases newest first, each with a higher version and a date on or after the one below it ("${older.version}", ${older.date})`,
        });
      }
    });
  }

  return problems;
}
