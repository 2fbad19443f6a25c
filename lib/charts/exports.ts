/**
 * Which charts leave the site (see export-paths.ts for where their files live).
 */
import { PRIMARY_SLUGS, type PrimarySlug } from '../dataset/slugs';
import { chartKey } from './keys';
import { LAYOUTS, chartHeight } from './layout';
import { type ChartId, type ChartOptions, type ChartSpec, STARGATE_BASES, companyCharts } from './spec';

export * from './export-paths';

export interface ExportableChart {
  id: ChartId;
  options: Pick<ChartOptions, 'basis' | 'highlight'>;
  key: string;
}

/**
 * Every chart variant a page shows with all of its companies: the 2025 plans
 * in both Stargate bases, plain and with each company highlighted, and each
 * company's own charts. (A subset of companies chosen on the overview is not
 * exported; the page says so and links the full chart.)
 */
export function exportableCharts(): ExportableChart[] {
  const charts: ExportableChart[] = [];
  for (const basis of STARGATE_BASES) {
    for (const highlight of [null, ...PRIMARY_SLUGS] as (PrimarySlug | null)[]) {
      charts.push({ id: 'capex-2025', options: { basis, highlight }, key: chartKey('capex-2025', { basis, highlight, entities: null }) });
    }
  }
  for (const slug of PRIMARY_SLUGS) {
    for (const id of companyCharts(slug)) {
      charts.push({ id, options: { basis: 'per-year', highlight: null }, key: chartKey(id, { basis: 'per-year', highlight: null, entities: null }) });
    }
  }
  return charts;
}

/** The deck of every chart: each chart once, the overview in both Stargate bases, no company highlighted. */
export function deckCharts(): ExportableChart[] {
  return exportableCharts().filter((c) => c.options.highlight === null);
}

/**
 * Height of the embed at the width it is designed for (760 px): the page's
 * fixed parts (title, switches, subtitle, legend, source line, link back:
 * 219 px, measured), the chart scaled to the 728 px between the paddings, and
 * the notes at ~95 characters per 20 px line. The e2e tests hold the rendered
 * page to it. At other widths the chart scales and the embed page posts its
 * height to the host page (see README).
 */
export function embedHeight(spec: Pick<ChartSpec, 'rows' | 'notes'>): number {
  const fixed = 219;
  const chart = chartHeight(LAYOUTS.wide, spec.rows.length) * (728 / LAYOUTS.wide.width);
  const noteLines = spec.notes.reduce((n, note) => n + Math.ceil(note.length / 95), 0);
  const notes = spec.notes.length ? 12 + noteLines * 20 + (spec.notes.length - 1) * 4 : 0;
  return Math.ceil((fixed + chart + notes + 24) / 10) * 10;
}
