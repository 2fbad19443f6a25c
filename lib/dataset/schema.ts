/**
 * The dataset's schema. Every TypeScript type of the data comes from here
 * through z.infer; nothing else declares the shape of a figure or a source.
 */
import { z } from 'zod';
import { CAPEX_MEASURES, CONFIDENCE, FIGURE_KINDS, METRICS, QUALIFIERS, REPORT_TIERS } from './enums';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "amazon-capex-2025"');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as "2025-02-07"')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'expected a real calendar date',
  );

/** Sources sometimes give only a month: "2025-02" is a valid ISO 8601 date of month precision. */
const isoDateOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected an ISO date ("2025-02-07") or month ("2025-02")');

/** An article the project keeps the text of (../shared/articles): every figure quotes it verbatim, and the quote is checked. */
export const articleSourceSchema = z
  .object({
    id: slug,
    kind: z.literal('article'),
    /** The article's file name in the articles folder (../shared/articles). */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'expected an article file name such as "000_5abd457cf6dd7fc0.txt"'),
    publisher: z.string().min(1),
    /** Said when the publisher is inferred rather than printed. */
    publisherNote: z.string().min(1).optional(),
    headline: z.string().min(1),
    /** Where the headline comes from: printed in the text, or taken from the URL slug. */
    headlineBasis: z.enum(['printed', 'url-slug']),
    published: isoDateOrMonth,
    /** How the date is known: printed, from the URL, or inferred (then publishedNote says how). */
    publishedBasis: z.enum(['printed', 'url', 'inferred']),
    publishedNote: z.string().min(1).optional(),
    url: z.url().nullable(),
    /** An original, or a republished full copy where the original was not found. */
    urlKind: z.enum(['original', 'republished-copy']).nullable(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.publishedBasis !== 'printed' && !s.publishedNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedNote'],
        message: 'expected a note saying how the date was inferred, since publishedBasis is not "printed"',
      });
    }
    if ((s.url === null) !== (s.urlKind === null)) {
      ctx.addIssue({ code: 'custom', path: ['urlKind'], message: 'expected urlKind set exactly when url is set' });
    }
  });

/**
 * A report that carries a statement, whose text the project does not keep: it is cited by publisher, title,
 * date and address, and never quoted (its sentences are not copied). How reputable it is decides which reports a
 * figure cites: at most the two best (the data check holds it to that).
 */
export const reportSourceSchema = z
  .object({
    id: slug,
    kind: z.literal('report'),
    /** As the page names it, with whose report it carries: "CNA (Reuters)", "TrendForce (citing CNBC)". */
    publisher: z.string().min(1),
    headline: z.string().min(1),
    /** Null where the page does not date itself. */
    published: isoDate.nullable(),
    url: z.url(),
    /** 1: a wire service or major outlet, or a copy of one of its reports; 2: trade or business press; 3: an aggregator, data site or blog. */
    tier: z.union(REPORT_TIERS.map((t) => z.literal(t))),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion('kind', [articleSourceSchema, reportSourceSchema]);

/** A year, as the plans are keyed: "2025". */
export const yearSchema = z.string().regex(/^\d{4}$/, 'expected a year such as "2025"');

export const entitySchema = z
  .object({
    slug,
    name: z.string().min(1),
    kind: z.enum(['company', 'project', 'group']),
    /**
     * Primary entities are compared on the dashboard, in the order this file lists them, each with a page;
     * context entities appear in notes and sources.
     */
    role: z.enum(['primary', 'context']),
    /** Stock ticker as printed in the sources, if any. */
    ticker: z
      .string()
      .regex(/^[A-Z]{1,6}$/)
      .nullable(),
    /** Fiscal-year end as an ISO 8601 recurring date ("--12-31"); null where it does not apply. */
    fiscalYearEnd: z
      .string()
      .regex(/^--\d{2}-\d{2}$/, 'expected a month-day such as "--06-30"')
      .nullable(),
    /**
     * A colour of its own, pinned: a CSS custom property of app/globals.css. Left out, a primary entity takes
     * the next colour of the series palette in this file's order (lib/dataset/colors.ts).
     */
    colorToken: z
      .string()
      .regex(/^--color-[a-z0-9-]+$/, 'expected a CSS custom property such as "--color-series-3"')
      .optional(),
    /**
     * Its plan for each year it has one: the figure the year's plans chart draws for it, by year ("2025").
     * The years that have plans are the plans chart's years. Empty for context entities.
     */
    plans: z.record(yearSchema, slug),
    description: z.string().min(1),
  })
  .strict();

export { FIGURE_KINDS, METRICS, QUALIFIERS };
export type { Qualifier } from './enums';

export const periodSchema = z
  .object({
    label: z.string().min(1),
    /** Null where the sources do not date the figure; the label then says so. */
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    /** Fiscal periods are labelled as such everywhere they are shown. */
    basis: z.enum(['calendar', 'fiscal']),
  })
  .strict()
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    message: 'expected start on or before end',
    path: ['end'],
  });

export const citationSchema = z
  .object({
    source: slug,
    /** The sentence or clause, verbatim, at most about 300 characters: for an article, never for a report. */
    quote: z.string().min(12).max(300).optional(),
    /**
     * "states-value": the source states the figure's number (an article's quote prints it, checked).
     * "context": the source supports the figure without stating it, e.g. "over the next four years".
     */
    role: z.enum(['states-value', 'context']),
  })
  .strict();

const derivationBase = { description: z.string().min(1), statedInSource: z.boolean() };

/** When a figure was stated, by whom and where: "CFO Anat Ashkenazi, Q3 2025 earnings call, 29 Oct 2025". */
export const statementSchema = z
  .object({
    /** The day it was said; for a claim its sources do not date (`undated`), the day it was first reported. */
    on: isoDate,
    /** The person or body that said it, where the sources name one; null for a figure computed here. */
    by: z.string().min(1).nullable(),
    /** The event, filing or publication it was said in: "Q3 2025 earnings call". */
    at: z.string().min(1),
    /** The sources do not say when it was said: `on` is when it was first reported. */
    undated: z.literal(true).optional(),
  })
  .strict();

export const derivationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('multiply'), input: slug, by: z.number().positive(), ...derivationBase }).strict(),
  z.object({ op: z.literal('divide'), input: slug, by: z.number().positive(), ...derivationBase }).strict(),
  z.object({ op: z.literal('sum'), inputs: z.array(slug).min(2), ...derivationBase }).strict(),
]);

export const figureSchema = z
  .object({
    id: slug,
    entity: slug,
    metric: z.enum(METRICS),
    /** A business segment such as "AWS"; null for the whole entity. */
    segment: z.string().min(1).nullable(),
    period: periodSchema,
    /** Whole USD. A point value has low === high. */
    value: z.object({ low: z.number().nonnegative(), high: z.number().nonnegative() }).strict(),
    qualifier: z.enum(QUALIFIERS),
    kind: z.enum(FIGURE_KINDS),
    /** When it was stated: what a view as of a date shows is what had been stated by then. */
    stated: statementSchema,
    /** The earlier figure it revises (a plan's update): the same entity, metric and period, stated before. */
    revises: slug.optional(),
    /** For capex, what the amount measures, where the sources say: cash capex, gross purchases, or with finance leases. */
    measure: z.enum(CAPEX_MEASURES).optional(),
    /** Left out when two or more independent sources agree. */
    confidence: z.enum(CONFIDENCE).optional(),
    derivation: derivationSchema.optional(),
    citations: z.array(citationSchema),
    /** In this project's words: what the figure is, and what the sources leave open. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.value.low > f.value.high) {
      ctx.addIssue({
        code: 'custom',
        path: ['value', 'low'],
        message: `expected low ≤ high, got low ${f.value.low} > high ${f.value.high}`,
      });
    }
    const isRange = f.value.low !== f.value.high;
    if (isRange && f.qualifier !== 'range') {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: `expected "range" because low ≠ high, got "${f.qualifier}"`,
      });
    }
    if (!isRange && f.qualifier === 'range') {
      ctx.addIssue({ code: 'custom', path: ['value', 'high'], message: 'expected high > low for a "range" qualifier' });
    }
    if ((f.kind === 'revision') !== (f.revises !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['revises'],
        message: 'expected the figure it revises exactly when kind is "revision"',
      });
    }
    if ((f.kind === 'derived') !== (f.derivation !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['derivation'],
        message: 'expected a derivation exactly when kind is "derived"',
      });
    }
    const statesValue = f.citations.some((c) => c.role === 'states-value');
    const mustState = f.kind !== 'derived' || f.derivation?.statedInSource === true;
    if (mustState && !statesValue) {
      ctx.addIssue({
        code: 'custom',
        path: ['citations'],
        message: 'expected at least one citation with role "states-value" (a quote that prints this figure)',
      });
    }
  });

export const disagreementSchema = z
  .object({
    id: slug,
    topic: z.string().min(1),
    figures: z.array(slug).min(2),
    /** What differs, in a sentence or two. */
    summary: z.string().min(1),
    /** Which value the charts use, and why. */
    resolution: z.string().min(1),
    /** The figure the charts draw; null when none of them is charted. */
    chartedFigure: slug.nullable(),
  })
  .strict();

export const ignoredAmountSchema = z
  .object({
    source: slug,
    /** The amount as written, e.g. "$100 billion". */
    text: z.string().min(2),
    /** A verbatim snippet around it that occurs once in the article, to pin the occurrence. */
    context: z.string().min(8),
    reason: z.enum(['restates-figure', 'headline', 'threshold']),
    /** For restatements: the figure this amount repeats. */
    figure: slug.nullable(),
    note: z.string().min(1).optional(),
  })
  .strict();

export const metaSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** The date the data describes: the latest source's publication. */
    asOf: isoDate,
    /** When the dataset was compiled from the articles. */
    compiled: isoDate,
    currency: z.literal('USD'),
    /** The release this content is (data/changelog.json's newest): cited, printed on every export. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0'),
    /** What these sources cannot tell, specific to them, each a sentence: the methodology's "Known gaps" lists them after the general ones. */
    knownGaps: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** One release of the dataset: data/changelog.json lists them, newest first. */
export const releaseSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0'),
    date: isoDate,
    /** The content hash of this release (lib/dataset/version.ts): the data check compares the newest with the data. */
    hash: z.string().regex(/^[0-9a-f]{12}$/, 'expected the 12-character content hash the data check prints'),
    /** What changed, in a sentence or two. */
    summary: z.string().min(1),
    /** The figures it added, changed (value, period, citations, anything) and removed, by id; npm run data:release lists them. */
    added: z.array(z.string().min(1)),
    changed: z.array(z.string().min(1)),
    removed: z.array(z.string().min(1)),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type ArticleSource = z.infer<typeof articleSourceSchema>;
export type ReportSource = z.infer<typeof reportSourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Period = z.infer<typeof periodSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Derivation = z.infer<typeof derivationSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Metric = Figure['metric'];
export type FigureKind = Figure['kind'];
export type Disagreement = z.infer<typeof disagreementSchema>;
export type IgnoredAmount = z.infer<typeof ignoredAmountSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
export type Release = z.infer<typeof releaseSchema>;

/** The files of the dataset, each an array of records (meta is one object). */
export const DATASET_FILES = {
  meta: { file: 'meta.json', schema: metaSchema, idField: null },
  sources: { file: 'sources.json', schema: sourceSchema, idField: 'id' },
  entities: { file: 'entities.json', schema: entitySchema, idField: 'slug' },
  figures: { file: 'figures.json', schema: figureSchema, idField: 'id' },
  disagreements: { file: 'disagreements.json', schema: disagreementSchema, idField: 'id' },
  ignoredAmounts: { file: 'ignored-amounts.json', schema: ignoredAmountSchema, idField: null },
  changelog: { file: 'changelog.json', schema: releaseSchema, idField: 'version' },
} as const;

export interface Dataset {
  meta: DatasetMeta;
  sources: Source[];
  entities: Entity[];
  figures: Figure[];
  disagreements: Disagreement[];
  ignoredAmounts: IgnoredAmount[];
  /** Newest first. */
  changelog: Release[];
}
