/**
 * Every chart's id, in the order pages list them: a leaf, so that the chart types (./types.ts) can name a
 * chart without importing the registry that imports the builders that use those types. The registry
 * (./registry.ts) gives each id its entry, and the type checker holds the two to the same set.
 */
export const CHART_IDS = ['capex', 'amazon-capex', 'aws-revenue', 'amazon-q4-2024'] as const;

export type ChartId = (typeof CHART_IDS)[number];
