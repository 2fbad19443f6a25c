/**
 * A chart is a spec first: a pure function of the dataset and the view's
 * options. The baked SVG, the data table, the citation cards, and later the
 * embed page, the image exports and the chart CSV all read the same spec,
 * so no number is computed twice and none can drift.
 */
import { SHORT_METRIC_LABEL, formatDate } from '../dataset/labels';
import { type Dataset, type Figure, type PrimarySlug, PRIMARY_SLUGS } from '../dataset/schema';
import { formatUsd, formatValueLong, formatValueShort } from '../money/format';
import { serializeOverviewState } from '../url-state';
import { chartKey } from './keys';
import { type Axis, niceAxis } from './scale';
import { sourceLine } from './source-line';

export const CHART_IDS = ['capex-2025', 'amazon-capex', 'aws-revenue', 'amazon-q4-2024'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const STARGATE_BASES = ['per-year', 'total'] as const;
export type StargateBasis = (typeof STARGATE_BASES)[number];

export interface ChartOptions {
  /** How Stargate's four-year commitment is drawn. */
  basis: StargateBasis;
  /** An entity drawn at full strength while the others are dimmed. */
  highlight: PrimarySlug | null;
  /** The entities shown, in display order; null for all five. */
  entities: readonly PrimarySlug[] | null;
}

export const DEFAULT_OPTIONS: ChartOptions = { basis: 'per-year', highlight: null, entities: null };

export type MarkerKind = 'run-rate' | 'prior-year';

/** A quote behind a value, with what a reader needs to find and cite its article. */
export interface ChartCitation {
  sourceId: string;
  publisher: string;
  headline: string;
  /** ISO date or month, as the dataset records it. */
  published: string;
  url: string | null;
  quote: string;
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

export type LegendMark = 'bar' | 'range' | 'derived' | MarkerKind;

export interface LegendItem {
  mark: LegendMark;
  label: string;
}

export interface ChartSpec {
  id: ChartId;
  /** Unique per id and options: names baked files and DOM ids. */
  key: string;
  options: ChartOptions;
  title: string;
  subtitle: string;
  rows: ChartRow[];
  axis: Axis & { tickLabels: string[] };
  legend: LegendItem[];
  notes: string[];
  /** Every figure the chart shows: rows, then markers. */
  figureIds: string[];
  sourceLine: string;
  /** A text alternative stating every number. */
  description: string;
  /** The page the chart lives on. */
  href: string;
  /** This view's own address (path, query and anchor): where an export or a citation sends its reader. */
  permalink: string;
  /** The date the dataset describes (ISO), printed on every export. */
  asOf: string;
}

const DIMMED = true;

function fig(ds: Dataset, id: string): Figure {
  const f = ds.figures.find((x) => x.id === id);
  if (!f) throw new Error(`Chart refers to unknown figure "${id}"`);
  return f;
}

function entityOf(ds: Dataset, slug: string) {
  const e = ds.entities.find((x) => x.slug === slug);
  if (!e) throw new Error(`Chart refers to unknown entity "${slug}"`);
  return e;
}

function citationsOf(ds: Dataset, f: Figure): ChartCitation[] {
  return f.citations.map((c) => {
    const s = ds.sources.find((x) => x.id === c.source);
    if (!s) throw new Error(`Figure "${f.id}" cites unknown source "${c.source}"`);
    return { sourceId: s.id, publisher: s.publisher, headline: s.headline, published: s.published, url: s.url, quote: c.quote, role: c.role };
  });
}

function valueOf(ds: Dataset, f: Figure): ChartValue {
  return {
    figureId: f.id,
    entity: f.entity,
    low: f.value.low,
    high: f.value.high,
    qualifier: f.qualifier,
    kind: f.kind,
    period: f.period.label,
    formula: f.derivation?.description ?? null,
    valueLabel: formatValueShort(f.value, f.qualifier),
    valueText: formatValueLong(f.value, f.qualifier),
    citations: citationsOf(ds, f),
  };
}

interface RowInput {
  figure: Figure;
  label: string;
  sublabel: string;
  markers?: ChartMarker[];
  note?: string | null;
}

function row(ds: Dataset, input: RowInput, options: ChartOptions, key: string): ChartRow {
  const f = input.figure;
  const entity = entityOf(ds, f.entity);
  const value = valueOf(ds, f);
  const valueText = value.valueText;
  return {
    ...value,
    key,
    label: input.label,
    sublabel: input.sublabel,
    note: input.note ?? null,
    colorToken: entity.colorToken,
    markers: input.markers ?? [],
    style: f.kind === 'derived' ? 'derived' : 'solid',
    dimmed: options.highlight !== null && options.highlight !== entity.slug ? DIMMED : false,
    ariaLabel: `${input.label}, ${input.sublabel.replaceAll(' · ', ', ')}: ${valueText}. Show sources.`,
  };
}

function marker(ds: Dataset, figureId: string, mark: MarkerKind, name: string): ChartMarker {
  const value = valueOf(ds, fig(ds, figureId));
  return { ...value, mark, name, label: `${name}: ${value.valueLabel}` };
}

/** "Anzali", "Anzali and Quartz": who reports a figure. */
function publishersOf(ds: Dataset, figureId: string): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format([...new Set(citationsOf(ds, fig(ds, figureId)).map((c) => c.publisher))]);
}

/** Where a view of a chart lives: the overview with its state in the query, or the chart on its company page. */
function permalinkOf(id: ChartId, href: string, options: ChartOptions): string {
  if (id === 'capex-2025') {
    return `/${serializeOverviewState({ companies: options.entities ? [...options.entities] : null, basis: options.basis, highlight: options.highlight, view: 'chart' })}`;
  }
  return `${href}#${id}`;
}

function finish(
  ds: Dataset,
  base: Omit<ChartSpec, 'axis' | 'figureIds' | 'sourceLine' | 'description' | 'key' | 'permalink' | 'asOf'>,
): ChartSpec {
  const figureIds = [...base.rows.map((r) => r.figureId), ...base.rows.flatMap((r) => r.markers.map((m) => m.figureId))];
  const dataMax = Math.max(...base.rows.flatMap((r) => [r.high, ...r.markers.map((m) => m.high)]));
  const axis = niceAxis(dataMax);
  const key = chartKey(base.id, base.options);
  const rowsText = base.rows
    .map((r) => `${r.label}, ${r.sublabel}: ${r.valueText}${r.markers.length ? ` (${r.markers.map((m) => m.label).join('; ')})` : ''}`)
    .join('. ');
  return {
    ...base,
    key,
    axis: { ...axis, tickLabels: axis.ticks.map((t) => formatUsd(t)) },
    figureIds,
    sourceLine: sourceLine(ds, figureIds),
    description: `Bar chart: ${base.title}. ${rowsText}.`,
    permalink: permalinkOf(base.id, base.href, base.options),
    asOf: ds.meta.asOf,
  };
}

/** The overview chart: the five 2025 plans side by side. */
function capex2025(ds: Dataset, options: ChartOptions): ChartSpec {
  const shown = (options.entities ?? PRIMARY_SLUGS).filter((s) => (PRIMARY_SLUGS as readonly string[]).includes(s));
  const order = PRIMARY_SLUGS.filter((s) => shown.includes(s));
  const stargateTotal = fig(ds, 'stargate-investment-total');
  const stargateYearly = fig(ds, 'stargate-investment-per-year');
  // The yearly average is the dataset's derived figure (total ÷ years): its divisor and its years come from the data.
  const years = stargateYearly.derivation?.op === 'divide' ? stargateYearly.derivation.by : 4;
  const span = `${stargateTotal.period.start?.slice(0, 4)}–${stargateTotal.period.end?.slice(0, 4)}`;
  const perYear = options.basis === 'per-year';

  const rows = order.map((slug) => {
    const entity = entityOf(ds, slug);
    if (slug === 'stargate') {
      const f = perYear ? stargateYearly : stargateTotal;
      return row(ds, {
        figure: f,
        label: entity.name,
        sublabel: perYear ? 'Yearly average of a four-year commitment' : `Total four-year commitment, ${span}`,
        note: perYear
          ? `${formatUsd(stargateTotal.value.low)} over four years ÷ ${years}`
          : 'Spread over four years; not one year’s spending',
      }, options, slug);
    }
    const f = fig(ds, entity.headlineFigure!);
    // A fiscal period's label names its months, so it is never read as calendar 2025.
    const sublabel = `Plan · ${f.period.label}`;
    if (slug === 'amazon') {
      const markers = [
        marker(ds, 'amazon-capex-2025-run-rate', 'run-rate', 'Q4 2024 run-rate × 4'),
        marker(ds, 'amazon-capex-2024', 'prior-year', 'Spent in 2024'),
      ];
      return row(ds, { figure: f, label: entity.name, sublabel, markers, note: markers.map((m) => m.label).join(' · ') }, options, slug);
    }
    return row(ds, { figure: f, label: entity.name, sublabel }, options, slug);
  });

  const legend: LegendItem[] = [{ mark: 'bar', label: 'Planned capex' }];
  if (rows.some((r) => r.low !== r.high)) legend.push({ mark: 'range', label: 'Range, low to high' });
  if (rows.some((r) => r.style === 'derived')) legend.push({ mark: 'derived', label: 'Computed, not reported' });
  if (rows.some((r) => r.markers.some((m) => m.mark === 'run-rate'))) legend.push({ mark: 'run-rate', label: 'Amazon Q4 2024 × 4' });
  if (rows.some((r) => r.markers.some((m) => m.mark === 'prior-year'))) legend.push({ mark: 'prior-year', label: 'Amazon 2024 capex' });

  const notes: string[] = [];
  if (order.includes('microsoft')) notes.push('Microsoft’s fiscal year 2025 runs from July 2024 to June 2025; the others are calendar 2025.');
  if (order.includes('stargate')) {
    notes.push(
      perYear
        ? `Stargate is a ${formatUsd(stargateTotal.value.low)} multi-backer commitment over four years, drawn here as an even yearly average (${formatUsd(stargateYearly.value.low)}); no source gives its yearly phasing.`
        : `Stargate’s ${formatUsd(stargateTotal.value.low)} is a four-year total, so its bar is not comparable with the others’ single-year plans.`,
    );
  }
  if (order.includes('amazon')) {
    const rr = fig(ds, 'amazon-capex-2025-run-rate');
    const q4 = fig(ds, 'amazon-capex-q4-2024');
    notes.push(`Amazon’s run-rate is its Q4 2024 capex of ${formatUsd(q4.value.low)} × 4 = ${formatUsd(rr.value.low)}; the ~$100B plan rests on it.`);
  }

  return finish(ds, {
    id: 'capex-2025',
    options,
    title: options.highlight
      ? `${entityOf(ds, options.highlight).name} among the 2025 AI spending plans`
      : 'AI capital spending plans for 2025',
    subtitle: perYear
      ? 'Planned capital expenditure, US dollars. Stargate: yearly average of its four-year commitment.'
      : `Planned capital expenditure, US dollars. Stargate: total four-year commitment (${span}).`,
    rows,
    legend,
    notes,
    href: '/',
  });
}

function amazonCapex(ds: Dataset, options: ChartOptions): ChartSpec {
  const rows = [
    row(ds, { figure: fig(ds, 'amazon-capex-2024'), label: '2024', sublabel: 'Reported · spent in the year' }, options, 'amazon-capex-2024'),
    row(ds, { figure: fig(ds, 'amazon-capex-2025-plan'), label: '2025', sublabel: 'Plan · as four sources report it' }, options, 'amazon-capex-2025-plan'),
    row(ds, { figure: fig(ds, 'amazon-capex-2025-run-rate'), label: '2025 run-rate', sublabel: 'Derived · Q4 2024 capex × 4' }, options, 'amazon-capex-2025-run-rate'),
  ];
  const q4 = fig(ds, 'amazon-capex-q4-2024');
  return finish(ds, {
    id: 'amazon-capex',
    options,
    title: 'Amazon’s capital expenditure, 2024 → 2025',
    subtitle: 'US dollars. The 2025 plan as the press reports it, and the run-rate it rests on.',
    rows,
    legend: [
      { mark: 'bar', label: 'Reported or planned' },
      { mark: 'derived', label: 'Computed, not reported' },
    ],
    notes: [
      `Jassy said Q4 2024’s ${formatUsd(q4.value.low)} of capex is “reasonably representative” of 2025; ${formatUsd(q4.value.low)} × 4 = ${formatUsd(fig(ds, 'amazon-capex-2025-run-rate').value.low)}. ${publishersOf(ds, 'amazon-capex-2025-more-than-100b')} puts 2025 at ${valueOf(ds, fig(ds, 'amazon-capex-2025-more-than-100b')).valueText}.`,
    ],
    href: '/companies/amazon',
  });
}

function awsRevenue(ds: Dataset, options: ChartOptions): ChartSpec {
  const rows = ['aws-revenue-2023', 'aws-revenue-2024'].map((id) => {
    const f = fig(ds, id);
    return row(ds, { figure: f, label: f.period.label, sublabel: 'Reported · full-year AWS sales' }, options, id);
  });
  return finish(ds, {
    id: 'aws-revenue',
    options,
    title: 'AWS revenue, 2023 → 2024',
    subtitle: 'Amazon Web Services full-year sales, US dollars.',
    rows,
    legend: [{ mark: 'bar', label: 'Reported' }],
    notes: [],
    href: '/companies/amazon',
  });
}

function amazonQ4(ds: Dataset, options: ChartOptions): ChartSpec {
  const ids = [
    'amazon-net-sales-q4-2024',
    'aws-revenue-q4-2024',
    'amazon-capex-q4-2024',
    'amazon-operating-income-q4-2024',
    'amazon-profit-q4-2024',
    'aws-profit-q4-2024',
  ];
  const rows = ids.map((id) => {
    const f = fig(ds, id);
    const name = SHORT_METRIC_LABEL[f.metric];
    const label = f.segment ? `${f.segment} ${name.toLowerCase()}` : name;
    const sublabel = f.metric === 'profit' ? 'Reported as “profit”; measure not stated' : 'Reported · Q4 2024';
    return row(ds, { figure: f, label, sublabel }, options, id);
  });
  return finish(ds, {
    id: 'amazon-q4-2024',
    options,
    title: 'Amazon’s fourth quarter of 2024',
    subtitle: `Quarter to ${formatDate(fig(ds, ids[0]!).period.end!)}, US dollars, as the sources report it.`,
    rows,
    legend: [{ mark: 'bar', label: 'Reported' }],
    notes: [
      `“Profit” is the word the source uses; it does not say which measure. AWS revenue is ${['aws-revenue-q4-2024', 'aws-revenue-q4-2024-rounded'].map((id) => `${valueOf(ds, fig(ds, id)).valueLabel} in ${publishersOf(ds, id)}`).join(' and ')}; the chart uses the first.`,
    ],
    href: '/companies/amazon',
  });
}

const BUILDERS: Record<ChartId, (ds: Dataset, o: ChartOptions) => ChartSpec> = {
  'capex-2025': capex2025,
  'amazon-capex': amazonCapex,
  'aws-revenue': awsRevenue,
  'amazon-q4-2024': amazonQ4,
};

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

export function buildChartSpec(ds: Dataset, id: ChartId, options: Partial<ChartOptions> = {}): ChartSpec {
  return BUILDERS[id](ds, { ...DEFAULT_OPTIONS, ...options });
}

/** The charts each company page shows, besides its plan against the peers. */
export function companyCharts(slug: PrimarySlug): ChartId[] {
  return slug === 'amazon' ? ['amazon-capex', 'aws-revenue', 'amazon-q4-2024'] : [];
}
