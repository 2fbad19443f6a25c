/**
 * The images made from charts at build time, and their stable URLs: link
 * previews for the overview and each company page.
 */
import { PRIMARY_SLUGS, type PrimarySlug } from '../dataset/slugs';
import type { ChartId, ChartOptions } from './spec';

export interface PreviewImage {
  /** Path under the site root, e.g. "/og/companies/meta.png". */
  path: string;
  chart: ChartId;
  options: Partial<ChartOptions>;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export function previewImagePath(page: 'overview' | PrimarySlug): string {
  return page === 'overview' ? '/og/overview.png' : `/og/companies/${page}.png`;
}

/** Each page's link preview shows that page's main chart. */
export function previewImages(): PreviewImage[] {
  return [
    { path: previewImagePath('overview'), chart: 'capex-2025', options: {} },
    ...PRIMARY_SLUGS.map((slug) => ({ path: previewImagePath(slug), chart: 'capex-2025' as const, options: { highlight: slug } })),
  ];
}
