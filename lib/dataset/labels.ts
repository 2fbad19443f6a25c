/** How the dataset's enumerations read on screen and in exports. */
import type { Figure, FigureKind, Metric, Qualifier, Source } from './schema';

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
  guidance: 'Guidance',
  estimate: 'Press estimate',
  derived: 'Derived',
  claim: 'Claim',
};

export const KIND_DESCRIPTION: Record<FigureKind, string> = {
  reported: 'An amount already spent or earned, from reported results.',
  plan: 'Spending a company or project has announced it intends to make.',
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

/** "7 Feb 2025 (inferred)" — says when the date is not printed in the article. */
export function formatPublished(source: Pick<Source, 'published' | 'publishedBasis'>): string {
  const date = formatDate(source.published);
  if (source.publishedBasis === 'printed') return date;
  return source.publishedBasis === 'url' ? `${date} (from URL)` : `${date} (inferred)`;
}

/** "--06-30" → "30 June". */
export function formatMonthDay(recurring: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`2001-${recurring.slice(2)}T00:00:00Z`),
  );
}
