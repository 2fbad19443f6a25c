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
export const FIGURE_KINDS = ['reported', 'plan', 'guidance', 'estimate', 'derived', 'claim'] as const;
