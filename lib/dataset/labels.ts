/** How the dataset's enumerations read on screen and in exports. */
import type { CapexMeasure, Confidence, ReportTier } from './enums';
import type { ArticleSource, Figure, FigureKind, Metric, Qualifier, ReportSource, Statement } from './schema';

export const METRIC_LABEL: Record<Metric, string> = {
  capex: 'Capital expenditure',
  'infrastructure-investment': 'Infrastructure investment',
  'net-sales': 'Net sales',
  revenue: 'Revenue',
  'operating-income': 'Operating income',
  profit: 'Profit (measure not stated)',
  'model-cost': 'Model development cost',
};

/** Names short enough for a chart's row labels. */
export const SHORT_METRIC_LABEL: Record<Metric, string> = {
  capex: 'Capex',
  'infrastructure-investment': 'Investment',
  'net-sales': 'Net sales',
  revenue: 'Revenue',
  'operating-income': 'Operating income',
  profit: 'Profit',
  'model-cost': 'Model cost',
};

/** How a value's qualifier is named: "Approximate: about $100B". Its symbol in short labels is SHORT_PREFIX (lib/money/format.ts). */
export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: 'Exact',
  approximate: 'Approximate',
  'at-least': 'At least',
  'more-than': 'More than',
  under: 'Under',
  range: 'Range',
};

export const KIND_LABEL: Record<FigureKind, string> = {
  reported: 'Reported',
  plan: 'Plan',
  revision: 'Revised plan',
  guidance: 'Guidance',
  estimate: 'Press estimate',
  derived: 'Derived',
  claim: 'Claim',
};

export const KIND_DESCRIPTION: Record<FigureKind, string> = {
  reported: 'An amount already spent or earned, from reported results.',
  plan: 'Spending a company or project has announced it intends to make: its first statement of it.',
  revision: 'A later statement of a plan: raised, lowered, narrowed or repeated. It replaces the plan from its day on.',
  guidance: "A company's own forecast of its results.",
  estimate: "A publication's own projection, not a number the company gave.",
  derived: 'Computed from other figures with a stated formula.',
  claim: 'An assertion by a party that the sources do not verify.',
};

export const QUALIFIER_DESCRIPTION: Record<Figure['qualifier'], string> = {
  exact: 'Stated as a precise amount.',
  approximate: 'Stated or known only roughly ("around $83 billion"), or rounded from a more precise figure.',
  'at-least': 'A floor: the amount is this or more.',
  'more-than': 'A floor: the amount exceeds this ("more than $100 billion").',
  under: 'A ceiling: the amount is below this ("under $6 million").',
  range: 'A range from low to high ("$60–65 billion"), drawn as a range, never as a point.',
};

/** "Metric · segment", e.g. "Revenue · AWS". */
export function metricLabel(figure: Pick<Figure, 'metric' | 'segment'>): string {
  return figure.segment ? `${METRIC_LABEL[figure.metric]} · ${figure.segment}` : METRIC_LABEL[figure.metric];
}

// Pure: a bundle that formats no date (the page script) drops them.
const dayFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "7 Feb 2025", or "Feb 2025" for month-precision dates. */
export function formatDate(iso: string): string {
  return iso.length === 7
    ? monthFormat.format(new Date(`${iso}-01T00:00:00Z`))
    : dayFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "7 Feb 2025 (inferred)" — says when an article's date is not printed in it; "undated" for a report without one. */
export function formatPublished(
  source: Pick<ArticleSource, 'kind' | 'published' | 'publishedBasis'> | Pick<ReportSource, 'kind' | 'published'>,
): string {
  if (source.kind === 'report') return source.published ? formatDate(source.published) : 'undated';
  const date = formatDate(source.published);
  if (source.publishedBasis === 'printed') return date;
  return source.publishedBasis === 'url' ? `${date} (from URL)` : `${date} (inferred)`;
}

/** What a capex amount measures, as a label says it. */
export const MEASURE_LABEL: Record<CapexMeasure, string> = {
  cash: 'cash capex',
  gross: 'gross purchases of property and equipment',
  'with-finance-leases': 'capex including finance leases',
};

/** Short enough for a chart's sublabel. */
export const SHORT_MEASURE_LABEL: Record<CapexMeasure, string> = {
  cash: 'cash',
  gross: 'gross',
  'with-finance-leases': 'incl. finance leases',
};

/** How reputable a report is (schema's tier), as its entry says it. */
export const REPORT_TIER_LABEL: Record<ReportTier, string> = {
  1: 'Wire service or major outlet',
  2: 'Trade or business press',
  3: 'Aggregator or data site',
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  'single-source': 'Single source',
  disputed: 'Disputed',
};

export const CONFIDENCE_DESCRIPTION: Record<Confidence, string> = {
  'single-source': 'Only one publisher carries it (or the other pages found are AI-generated, which are not cited).',
  disputed: 'The reports give different numbers or read the statement differently; the note says how.',
};

/** "CFO Anat Ashkenazi, Q3 2025 earnings call, 29 Oct 2025": who said a figure, where and when. */
export function formatStatement(stated: Statement): string {
  const when = stated.undated ? `not dated; reported ${formatDate(stated.on)}` : formatDate(stated.on);
  return [stated.by, stated.at, when].filter(Boolean).join(', ');
}

/** "--06-30" → "30 June". */
export function formatMonthDay(recurring: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`2001-${recurring.slice(2)}T00:00:00Z`),
  );
}
