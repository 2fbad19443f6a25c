/** The five the dashboard compares, in display order. Dependency-free, so browser code can import it. */
export const PRIMARY_SLUGS = ['amazon', 'microsoft', 'alphabet', 'meta', 'stargate'] as const;
export type PrimarySlug = (typeof PRIMARY_SLUGS)[number];
