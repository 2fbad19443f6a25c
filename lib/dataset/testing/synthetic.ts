/**
 * A synthetic dataset for tests and the growth bench, never published: N
 * companies with a capital-spending plan in each of M years, and the articles
 * that report them, one per five companies a year, whose sentences are the
 * figures' quotes, so the whole data check passes (quotes verbatim, every
 * dollar amount covered). It has what the real data has, at any size: a
 * company on a fiscal year, a range, an approximate value, and a project
 * with a multi-year plan and its yearly average. With `statements` above 1,
 * each company-year's plan is revised that many times less one, each revision
 * carried by two reports (cited, never quoted), and every year but the last has
 * its actual, reported the next February: the dated claims of a tracker that
 * moves. Names are the fictional companies of Microsoft's documentation; beyond
 * the palette, colours are pinned.
 */
import type { Dataset, Entity, Figure, Source } from '../schema';
import { contentHash } from '../version';
import type { Articles, RawFiles } from './raw-files';

export interface SyntheticOptions {
  companies: number;
  years: number;
  firstYear?: number;
  /** The series palette's size (app/globals.css): companies beyond it pin a colour. */
  paletteSize?: number;
  /** Statements per company-year: the plan, then revisions (at most 4 in all). */
  statements?: number;
}

const NAMES = [
  'Contoso',
  'Fabrikam',
  'Northwind Traders',
  'Adventure Works',
  'Tailspin Toys',
  'Wingtip Toys',
  'Litware',
  'Proseware',
  'Woodgrove Bank',
  'Alpine Ski House',
  'Coho Winery',
  'Fourth Coffee',
  'Lucerne Publishing',
  'Trey Research',
  'Wide World Importers',
  'Humongous Insurance',
  'Blue Yonder Airlines',
  'Relecloud',
  'VanArsdel',
  'Munson’s Pickles and Preserves Farm',
];
const ROMAN = ['', ' II', ' III', ' IV'];

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const B = 1e9;
/** Set from the plan's article when it is placed (syntheticDataset). */
const STATED_ON = '1900-01-01';
/** When a year's revisions are stated: April, July and October of the plan's year. */
const REVISION_MONTHS = ['04', '07', '10'];

interface Plan {
  figure: Figure;
  sentences: { quote: string; role: 'states-value' | 'context' }[];
}

function planOf(entity: Entity, index: number, year: number): Plan {
  const base = 5 + ((index * 37 + year * 11) % 116);
  const id = `${entity.slug}-capex-${year}`;
  const who = entity.name;
  if (entity.kind === 'project') {
    const total = (2 + (index % 5)) * 100;
    return {
      figure: {
        id: `${entity.slug}-investment-${year}-${year + 3}`,
        entity: entity.slug,
        metric: 'infrastructure-investment',
        segment: null,
        period: {
          label: `${year}–${year + 3} (four years)`,
          start: `${year}-01-01`,
          end: `${year + 3}-12-31`,
          basis: 'calendar',
        },
        value: { low: total * B, high: total * B },
        qualifier: 'exact',
        kind: 'plan',
        stated: { on: STATED_ON, by: null, at: 'Announcement' },
        citations: [],
        note: 'A synthetic multi-year commitment.',
      },
      sentences: [
        {
          quote: `${who}, a planned $${total} billion AI infrastructure project, was announced in ${year}.`,
          role: 'states-value',
        },
        { quote: `The ${who} money would be spent over the next four years.`, role: 'context' },
      ],
    };
  }
  if (entity.fiscalYearEnd) {
    return {
      figure: {
        id: `${entity.slug}-capex-fy${year}`,
        entity: entity.slug,
        metric: 'capex',
        segment: null,
        period: {
          label: `FY${year} (Jul ${year - 1} – Jun ${year})`,
          start: `${year - 1}-07-01`,
          end: `${year}-06-30`,
          basis: 'fiscal',
        },
        value: { low: base * B, high: base * B },
        qualifier: 'exact',
        kind: 'plan',
        stated: { on: STATED_ON, by: null, at: 'Earnings call' },
        citations: [],
      },
      sentences: [
        {
          quote: `${who} plans to spend $${base} billion in its fiscal year ${year}, which ends on June 30.`,
          role: 'states-value',
        },
      ],
    };
  }
  const range = index % 7 === 3;
  const approximate = !range && index % 5 === 2;
  const period = { label: `${year}`, start: `${year}-01-01`, end: `${year}-12-31`, basis: 'calendar' as const };
  const amount = range
    ? `between $${base} billion and $${base + 5} billion`
    : `${approximate ? 'about ' : ''}$${base} billion`;
  return {
    figure: {
      id,
      entity: entity.slug,
      metric: 'capex',
      segment: null,
      period,
      value: { low: base * B, high: (range ? base + 5 : base) * B },
      qualifier: range ? 'range' : approximate ? 'approximate' : 'exact',
      kind: 'plan',
      stated: { on: STATED_ON, by: null, at: 'Earnings call' },
      citations: [],
    },
    sentences: [{ quote: `${who} plans to spend ${amount} on capital expenditures in ${year}.`, role: 'states-value' }],
  };
}

/**
 * A plan's later statements: its revisions (each 5% above the last, carried by two reports), and, where
 * `withActual`, what was spent, reported the next February.
 */
function laterStatements(
  plan: Figure,
  statements: number,
  withActual: boolean,
  reportsOf: (on: string) => string[],
): Figure[] {
  const later: Figure[] = [];
  const year = Number(plan.period.end?.slice(0, 4));
  const cite = (on: string) => reportsOf(on).map((source) => ({ source, role: 'states-value' as const }));
  // Keys in the schema's order (revises after stated, citations last), as a parsed dataset has them: its hash is of that.
  const { citations: _citations, ...head } = plan;
  let previous = plan;
  for (const month of REVISION_MONTHS.slice(0, Math.max(0, Math.min(statements, 4) - 1))) {
    const on = `${year}-${month}-20`;
    const scale = (v: number) => Math.round((v * 1.05) / 1e8) * 1e8;
    const revision: Figure = {
      ...head,
      id: `${plan.id}-revision-${year}-${month}`,
      value: { low: scale(previous.value.low), high: scale(previous.value.high) },
      kind: 'revision',
      revises: previous.id,
      stated: { on, by: null, at: 'Earnings call' },
      citations: cite(on),
    };
    later.push(revision);
    previous = revision;
  }
  if (statements > 1 && withActual) {
    const on = `${year + 1}-02-10`;
    later.push({
      ...plan,
      id: `${plan.id}-actual`,
      value: { low: previous.value.high, high: previous.value.high },
      qualifier: 'exact',
      kind: 'reported',
      stated: { on, by: null, at: 'Fourth-quarter earnings' },
      citations: cite(on),
    });
  }
  return later;
}

/** The dataset's files (as parsed JSON, keyed by file name) and its articles' texts. */
export function syntheticDataset({
  companies,
  years,
  firstYear = 2025,
  paletteSize = 20,
  statements = 1,
}: SyntheticOptions): {
  files: RawFiles;
  articles: Articles;
  dataset: Dataset;
} {
  const entities: Entity[] = Array.from({ length: companies }, (_, i) => {
    const name = `${NAMES[i % NAMES.length]}${ROMAN[Math.floor(i / NAMES.length)] ?? ` ${Math.floor(i / NAMES.length) + 1}`}`;
    const project = companies >= 3 && i === companies - 1;
    return {
      slug: slugOf(name),
      name,
      kind: project ? 'project' : 'company',
      role: 'primary',
      ticker: null,
      fiscalYearEnd: !project && i === 1 ? '--06-30' : null,
      ...(companies > paletteSize ? { colorToken: `--color-series-${(i % paletteSize) + 1}` } : {}),
      plans: {},
      description: `A fictional ${project ? 'project' : 'company'} of the synthetic test dataset.`,
    };
  });
  const figures: Figure[] = [];
  const sources: Source[] = [];
  const articles: Articles = new Map();
  // Two reports from two publishers for each day something is stated after the plans.
  const reports = new Map<string, Source>();
  const reportsOf = (on: string): string[] =>
    ['Synthetic Newswire', 'Synthetic Daily'].map((publisher, i) => {
      const id = `report-${on}-${i + 1}`;
      if (!reports.has(id))
        reports.set(id, {
          id,
          kind: 'report',
          publisher,
          headline: `What the companies said on ${on}`,
          published: on,
          url: `https://example.com/reports/${on}/${i + 1}`,
          tier: 1,
        });
      return id;
    });
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    // A multi-year project has one plan, in the first year.
    const planners = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.kind !== 'project' || y === 0);
    for (let start = 0, part = 1; start < planners.length; start += 5, part++) {
      const source: Source = {
        id: `wire-${year}-${part}`,
        kind: 'article',
        file: `synthetic-${year}-${String(part).padStart(2, '0')}.txt`,
        publisher: 'Synthetic Wire',
        headline: `Who plans to spend what in ${year}, part ${part}`,
        headlineBasis: 'printed',
        published: `${year}-02-${String(part).padStart(2, '0')}`,
        publishedBasis: 'printed',
        url: `https://example.com/synthetic/${year}/${part}`,
        urlKind: 'original',
      };
      sources.push(source);
      const lines = [source.headline, ''];
      for (const { e, i } of planners.slice(start, start + 5)) {
        const plan = planOf(e, i, year);
        plan.figure.citations = plan.sentences.map((s) => ({ source: source.id, quote: s.quote, role: s.role }));
        plan.figure.stated = { ...plan.figure.stated, on: source.published };
        figures.push(plan.figure);
        e.plans[String(year)] = plan.figure.id;
        if (plan.figure.metric === 'infrastructure-investment') {
          const total = plan.figure.value.low;
          figures.push({
            id: `${e.slug}-investment-per-year`,
            entity: e.slug,
            metric: 'infrastructure-investment',
            segment: null,
            period: {
              label: `Per year, average of ${year}–${year + 3}`,
              start: `${year}-01-01`,
              end: `${year}-12-31`,
              basis: 'calendar',
            },
            value: { low: total / 4, high: total / 4 },
            qualifier: 'exact',
            kind: 'derived',
            stated: plan.figure.stated,
            derivation: {
              op: 'divide',
              input: plan.figure.id,
              by: 4,
              description: 'The commitment spread evenly over its four years',
              statedInSource: false,
            },
            citations: [{ source: source.id, quote: plan.sentences[1]!.quote, role: 'context' }],
          });
        }
        lines.push(plan.sentences.map((s) => s.quote).join(' '), '');
        if (plan.figure.metric === 'capex')
          figures.push(...laterStatements(plan.figure, statements, y < years - 1, reportsOf));
      }
      articles.set(source.file, lines.join('\n'));
    }
  }
  sources.push(...reports.values());
  const asOf = figures
    .map((f) => f.stated.on)
    .sort()
    .at(-1)!;
  const content = { sources, entities, figures, disagreements: [], ignoredAmounts: [] };
  const dataset: Dataset = {
    meta: {
      title: `Synthetic tracker: ${companies} companies, ${years} ${years === 1 ? 'year' : 'years'}`,
      description: 'Synthetic data for tests and the growth bench; never published.',
      asOf,
      compiled: asOf,
      currency: 'USD',
      version: '1.0.0',
      knownGaps: [],
    },
    ...content,
    changelog: [
      {
        version: '1.0.0',
        date: asOf,
        hash: contentHash(content),
        summary: 'The synthetic first release.',
        added: figures.map((f) => f.id),
        changed: [],
        removed: [],
      },
    ],
  };
  const files: RawFiles = {
    'meta.json': dataset.meta,
    'sources.json': sources,
    'entities.json': entities,
    'figures.json': figures,
    'disagreements.json': [],
    'ignored-amounts.json': [],
    'changelog.json': dataset.changelog,
  };
  return { files, articles, dataset };
}
