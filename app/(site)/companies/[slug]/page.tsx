import { PrintRunningHead } from '@/components/site/PrintRunningHead';
import { SpokenValue } from '@/components/figures/SpokenValue';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { CitationList } from '@/components/figures/CitationList';
import { FigureEntry } from '@/components/figures/FigureEntry';
import { ComparabilityNote } from '@/components/site/ComparabilityNote';
import { AsOfControl } from '@/components/site/AsOfControl';
import { latestPlanAt } from '@/lib/dataset/query';
import { statementSpan } from '@/lib/dataset/claims';
import { windowsOf } from '@/lib/dataset/windows';
import type { Figure } from '@/lib/dataset/schema';
import { viewKey } from '@/lib/charts/model/keys';
import { pageCharts } from '@/lib/charts/model/page-charts';
import {
  colorTokenFor,
  figuresFor,
  findEntity,
  getDataset,
  isPrimarySlug,
  latestPlanOf,
  primaryEntities,
} from '@/server/data';
import { KIND_LABEL, METRIC_LABEL, formatMonthDay, formatStatement } from '@/lib/dataset/labels';
import { METRICS } from '@/lib/dataset/schema';
import { formatValueLong, formatValueShort } from '@/lib/money/format';
import { pageMetadata } from '@/server/metadata';
import { absoluteUrl } from '@/lib/site';
import { data, shownWhile } from '@/lib/markup-contract';

export const dynamicParams = false;

/** A page for every entity the dashboard compares (data/entities.json). */
export function generateStaticParams() {
  return primaryEntities().map((e) => ({ slug: e.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const entity = findEntity(slug);
  if (!entity || !isPrimarySlug(slug)) return {};
  const f = latestPlanOf(entity).figure;
  const [main] = pageCharts(getDataset(), slug);
  return pageMetadata({
    // Within the ~60 characters search results show: the period without its parenthesis ("FY2025" still says fiscal).
    title: `${entity.name}: ${formatValueShort(f.value, f.qualifier)} ${f.metric === 'capex' ? 'capex' : 'investment'}, ${f.period.label.replace(/\s*\(.*\)$/, '')}`,
    description: `${entity.name}’s AI capital spending: ${formatValueLong(f.value, f.qualifier)} (${KIND_LABEL[f.kind].toLowerCase()}, ${f.period.label}) against its peers, and every figure the sources report, each with its quote.`,
    path: `/companies/${slug}`,
    preview: slug,
    oembed: main ? viewKey(main) : undefined,
  });
}

/** The headline card as of one window of days: the latest plan then, and what it rests on. */
function Headline({ figure: f, window }: { figure: Figure; window: { from: string; until: string | null } }) {
  const primary = f.citations.filter((c) => c.role === 'states-value').slice(0, 1);
  return (
    <div {...shownWhile(window)}>
      <p className="text-sm text-muted">
        {KIND_LABEL[f.kind]} · {f.period.label}
      </p>
      <p className="num mt-1 text-4xl font-semibold tracking-tight">
        <SpokenValue value={f.value} qualifier={f.qualifier} />
      </p>
      <p className="mt-1 text-sm text-muted">Stated {formatStatement(f.stated)}</p>
      <div className="mt-3">
        <CitationList citations={primary} />
      </div>
      <a href={`#${f.id}`} className="mt-2 inline-block text-sm">
        {f.citations.length > 1 ? `All ${f.citations.length} sources and details` : 'Details'}
      </a>
    </div>
  );
}

export default async function CompanyPage({ params }: Props) {
  const { slug } = await params;
  const entity = findEntity(slug);
  if (!entity || !isPrimarySlug(slug)) notFound();
  const ds = getDataset();
  const { year } = latestPlanOf(entity);
  // The headline is the company's latest plan as it stood on each day: one variant per statement that changed it.
  const headlines = windowsOf(
    ds,
    (asOf) => latestPlanAt(asOf, slug),
    (f) => f.id,
    (f) => f.entity === slug,
  );
  const figures = figuresFor(slug);
  // The page's first chart sets it among its peers; the others are its own.
  const [peers, ...own] = pageCharts(getDataset(), slug);
  // A company compared on the dashboard has a plan (the data check's shown-nowhere), so its page has its plans chart.
  if (!peers) throw new Error(`The page of ${entity.name} has no chart of its plans`);
  const metrics = METRICS.filter((m) => figures.some((f) => f.metric === m));
  const span = statementSpan(ds);

  return (
    <>
      <PrintRunningHead path={`/companies/${slug}`} />
      <nav aria-label="Breadcrumb" className="pt-6 text-sm text-muted">
        <a href="/">Overview</a> <span aria-hidden>›</span> <span>{entity.name}</span>
      </nav>
      <header className="grid gap-6 py-8 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)] lg:items-start">
        <div>
          <p className="text-sm font-medium text-muted">
            {entity.kind === 'project' ? 'Project' : 'Company'}
            {entity.ticker ? ` · ${entity.ticker}` : ''}
            {entity.fiscalYearEnd && entity.fiscalYearEnd !== '--12-31'
              ? ` · fiscal year ends ${formatMonthDay(entity.fiscalYearEnd)}`
              : ''}
          </p>
          <h1 className="mt-1 flex items-center gap-3 text-3xl font-semibold tracking-tight sm:text-5xl">
            <span
              aria-hidden
              className="inline-block size-4 rounded-sm sm:size-5"
              style={{ background: `var(${colorTokenFor(slug)})` }}
            />
            {entity.name}
          </h1>
          <p className="mt-3 max-w-2xl text-muted">{entity.description}</p>
          <p className="mt-4">
            <button type="button" className="share-button" {...data({ copyUrl: absoluteUrl(`/companies/${slug}`) })}>
              Copy link to this page
            </button>
          </p>
          <AsOfControl path={`/companies/${slug}`} first={span.first} last={span.last} />
        </div>
        <div className="rounded-xl border border-line p-5" id="headline">
          {headlines.map((w) => (
            <Headline key={w.value.id} figure={w.value} window={w} />
          ))}
        </div>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2.2fr)_minmax(0,1fr)]">
        <ChartBlock view={peers} printedElsewhere={figures.map((f) => f.id)} asOfEditions={Object.keys(entity.plans)} />
        <div className="lg:pt-24" {...data({ todayOnly: true })}>
          <ComparabilityNote year={year} />
        </div>
      </div>
      {own.length > 0 && (
        <div className="own-charts mt-14 grid gap-x-10 gap-y-14 lg:grid-cols-2">
          {own.map((chart, i) => (
            <div
              key={`${chart.chart}-${chart.edition ?? ''}`}
              className={own.length % 2 === 1 && i === own.length - 1 ? 'lg:col-span-2 lg:max-w-[52rem]' : ''}
            >
              <ChartBlock view={chart} printedElsewhere={figures.map((f) => f.id)} />
            </div>
          ))}
        </div>
      )}

      <section className="below-fold figure-sections mt-14" aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-xl font-semibold tracking-tight sm:text-2xl">
          Every figure for {entity.name}
        </h2>
        <p className="mt-1 text-sm text-muted">
          <span {...data({ todayOnly: true })}>
            {figures.length} {figures.length === 1 ? 'figure' : 'figures'}, capital spending first.{' '}
          </span>
          Every plan, revision and actual, each dated. Link to any of them with its anchor.
        </p>
        {metrics.map((metric) => (
          <section key={metric} className="mt-6" aria-labelledby={`metric-${metric}`}>
            <h3 id={`metric-${metric}`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
              {METRIC_LABEL[metric]}
            </h3>
            <div className="figure-grid grid gap-4 md:grid-cols-2">
              {figures
                .filter((f) => f.metric === metric)
                .map((f) => (
                  <FigureEntry key={f.id} figure={f} headingLevel={4} />
                ))}
            </div>
          </section>
        ))}
      </section>

      <nav aria-label="Other companies" className="mt-14 border-t border-line pt-6 text-sm">
        <span className="text-muted">Other views: </span>
        {primaryEntities()
          .filter((e) => e.slug !== slug)
          .map((e, i) => (
            <span key={e.slug}>
              {i > 0 ? ' · ' : ''}
              <a href={`/companies/${e.slug}`}>{e.name}</a>
            </span>
          ))}
      </nav>
    </>
  );
}
