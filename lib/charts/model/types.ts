/**
 * A chart is a spec first: a pure function of the dataset and the view's
 * options. The baked SVG, the data table, the citation cards, and later the
 * embed page, the image exports and the chart CSV all read the same spec,
 * so no number is computed twice and none can drift.
 */
import type { Evidence } from '../../dataset/evidence';
import type { Figure } from '../../dataset/schema';
import type { View } from '../../url/view';
import type { Axis } from '../geometry/scale';

export type MarkerKind = 'run-rate' | 'prior-year';

/**
 * A source behind a value, with what a reader needs to find and cite it: an archived article, with the
 * sentence quoted verbatim (checked against its text), or a report that carries the statement, cited but
 * never quoted.
 */
export interface ChartCitation {
  sourceId: string;
  /** 'quoted': a verbatim sentence of an archived article; 'reported': a report the project cites, without its text. */
  evidence: 'quoted' | 'reported';
  publisher: string;
  headline: string;
  /** ISO date or month, as the dataset records it; null for a report that does not date itself. */
  published: string | null;
  url: string | null;
  /** The sentence, for an article; null for a report. */
  quote: string | null;
  role: Figure['citations'][number]['role'];
}

/**
 * One value a chart draws (a bar or a marker on it), complete: every output
 * (page, table, CSV, images, PowerPoint) reads it from here and never goes
 * back to the dataset.
 */
export interface ChartValue {
  figureId: string;
  entity: string;
  low: number;
  high: number;
  qualifier: Figure['qualifier'];
  kind: Figure['kind'];
  /** The figure's period as the dataset labels it: "2025", "FY2025 (Jul 2024 – Jun 2025)", "Q4 2024". */
  period: string;
  /** How a derived figure is computed, in words; null for figures a source reports. */
  formula: string | null;
  /** Who stated it, where and when: "CFO Anat Ashkenazi, Q3 2025 earnings call, 29 Oct 2025". */
  stated: string;
  /** The day it was stated (ISO). */
  statedOn: string;
  /** What the amount measures, for capex where the sources say ("cash capex"); null otherwise. */
  measure: string | null;
  /** "Single source" or "Disputed" where the sources are not two that agree; null otherwise. */
  confidence: string | null;
  evidence: Evidence;
  /** "~$100B", "$60–65B" */
  valueLabel: string;
  /** "about $100B" */
  valueText: string;
  citations: ChartCitation[];
}

export interface ChartMarker extends ChartValue {
  mark: MarkerKind;
  /** "Q4 2024 run-rate × 4" */
  name: string;
  /** "Q4 2024 run-rate × 4: $105.2B" */
  label: string;
}

export interface ChartRow extends ChartValue {
  key: string;
  label: string;
  /** Period and kind, e.g. "Plan · FY2025 (Jul 2024 – Jun 2025)". */
  sublabel: string;
  /** A line under the bar, e.g. the values of its markers. */
  note: string | null;
  colorToken: string;
  markers: ChartMarker[];
  /** Derived figures are drawn hatched, so a computed number never passes for a reported one. */
  style: 'solid' | 'derived';
  dimmed: boolean;
  /** The bar's accessible name. */
  ariaLabel: string;
}

/** 'actual': what was spent, beside the plans (./draft.ts's ACTUAL_COLOR_TOKEN). */
export type LegendMark = 'bar' | 'range' | 'derived' | 'actual' | MarkerKind;

export interface LegendItem {
  mark: LegendMark;
  label: string;
}

/** What a chart's builder writes (lib/charts/model/builders/); the registry completes it into a ChartSpec. */
export interface ChartDraft {
  title: string;
  subtitle: string;
  rows: ChartRow[];
  legend: LegendItem[];
  notes: string[];
}

export interface ChartSpec extends ChartDraft {
  /** What it draws: the chart, its edition and the options (lib/url/view.ts). */
  view: View;
  /** The chart with its edition: "capex-2025". Its embed's path and its anchor. */
  slug: string;
  /** Unique per view: names baked files and DOM ids (./keys.ts). */
  key: string;
  axis: Axis & { tickLabels: string[] };
  /** Every figure the chart shows: rows, then markers. */
  figureIds: string[];
  sourceLine: string;
  /** A text alternative stating every number. */
  description: string;
  /** The page the chart lives on. */
  href: string;
  /** This view's own address (path, query and anchor): where an export or a citation sends its reader. */
  permalink: string;
  /** The date the data it draws describes (ISO): its latest statement's, or the view's day. Printed on every export. */
  asOf: string;
  /** The day a view as of a day is drawn as of (lib/url/params.ts's asof); null for today's data. */
  asOfDay: string | null;
  /** The dataset's release (data/changelog.json), printed on every export and cited. */
  version: string;
  /** The site's name, which says the years it covers (lib/dataset/query.ts): on every export, and its citation's author. */
  siteName: string;
  /** The deck this view's chart is in: its year's (lib/charts/exports/export-paths.ts). */
  deckPath: string;
  /**
   * Where a frame cannot hold every row legibly and draws the largest (lib/charts/geometry/fit.ts): what it leaves out,
   * in a sentence printed with the source line. Absent on the view itself.
   */
  leftOut?: string;
}
