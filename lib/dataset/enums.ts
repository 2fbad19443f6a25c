/**
 * The dataset's closed vocabularies, as plain constants: the schema (lib/dataset/schema.ts) validates against
 * them, and code that runs in the browser (the renderer, via the queries) imports them from here, without Zod.
 */

/** In the order pages list them: capex first, as it is what the dashboard compares. */
export const METRICS = [
  'capex',
  'infrastructure-investment',
  'net-sales',
  'revenue',
  'operating-income',
  'profit',
  'model-cost',
] as const;

export const QUALIFIERS = ['exact', 'approximate', 'at-least', 'more-than', 'under', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const FIGURE_KINDS = ['reported', 'plan', 'revision', 'guidance', 'estimate', 'derived', 'claim'] as const;

/** What a capex amount measures, where its sources say: companies report and guide on different ones. */
export const CAPEX_MEASURES = ['cash', 'gross', 'with-finance-leases'] as const;
export type CapexMeasure = (typeof CAPEX_MEASURES)[number];

/** Where fewer than two independent sources agree: one source carries it, or the sources disagree. */
export const CONFIDENCE = ['single-source', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** How reputable a report is: 1, a wire service or major outlet (or a copy of its report); 2, trade or business press; 3, an aggregator, data site or blog. */
export const REPORT_TIERS = [1, 2, 3] as const;
export type ReportTier = (typeof REPORT_TIERS)[number];
