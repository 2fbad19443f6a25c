import { SpokenValue } from '@/components/figures/SpokenValue';
import type { Metadata } from 'next';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { OverviewControls } from '@/components/charts/OverviewControls';
import { FigureEntry } from '@/components/figures/FigureEntry';
import { ComparabilityNote } from '@/components/site/ComparabilityNote';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';
import { viewKey } from '@/lib/charts/model/keys';
import { chartSlug } from '@/lib/charts/model/keys';
import { pageCharts } from '@/lib/charts/model/page-charts';
import {
  colorTokenFor,
  contextFigures,
  figuresFor,
  findEntity,
  getDataset,
  latestPlanYear,
  planYears,
  viewVocabulary,
  primaryEntities,
  siteName,
} from '@/server/data';
import { KIND_LABEL } from '@/lib/dataset/labels';
import { namesOf, plansSentence, sumOfPlans, yearPlans } from '@/lib/dataset/prose';
import { formatValueShort } from '@/lib/money/format';
import { pageMetadata } from '@/server/metadata';
import { absoluteUrl } from '@/lib/site';
import { latestPlanAt, yearsLabel } from '@/lib/dataset/query';
import { statementSpan } from '@/lib/dataset/claims';
import { windowsOf } from '@/lib/dataset/windows';
import type { Figure } from '@/lib/dataset/schema';
import { AsOfControl } from '@/components/site/AsOfControl';
import { data, shownWhile } from '@/lib/markup-contract';

export function generateMetadata(): Metadata {
  const ds = getDataset();
  const year = latestPlanYear();
  const { single, multi } = yearPlans(ds, year);
  const sum = sumOfPlans(ds, year);
  const [main] = pageCharts(ds, 'overview');
  const together = sum ? ` (${formatValueShort(sum.value, sum.qualifier)} together)` : '';
  const names = namesOf(single.map((p) => p.entity));
  return {
    ...pageMetadata({
      title: `Big Tech’s AI spending plans for ${year}, side by side`,
      description: `${names}${together}${multi.length ? ` and ${namesOf(multi.map((p) => p.entity))}` : ''}: ${year} AI capital-spending plans, every figure traced to the sentence that reports it.`,
      path: '/',
      oembed: main ? viewKey(main) : undefined,
    }),
    // Search results show about 60 characters of a title.
    title: { absolute: `${siteName()} · Big Tech’s AI spending plans, sourced` },
  };
}

/** A company's card on the overview: its latest plan as it stood over one window of days. */
function CompanyCardValue({ figure: f, window }: { figure: Figure; window: { from: string; until: string | null } }) {
  return (
    <span className="block" {...shownWhile(window)}>
      <span className="num block text-lg font-semibold">
        <SpokenValue value={f.value} qualifier={f.qualifier} />
      </span>
      <span className="mt-1 block text-sm text-muted">
        {KIND_LABEL[f.kind]} · {f.period.label}
      </span>
    </span>
  );
}

export default function OverviewPage() {
  const ds = getDataset();
  const [main, ...also] = pageCharts(ds, 'overview');
  const span = statementSpan(ds);
  // The data check refuses a dataset without plans: the overview always has its chart.
  if (!main) throw new Error('The overview has no chart: the dataset has no plans');
  const year = latestPlanYear();
  const companies = primaryEntities();
  const context = contextFigures();

  return (
    <>
      <PrintRunningHead path="/" />
      <section className="max-w-3xl py-10 sm:py-14">
        <p className="text-sm font-medium text-muted">Big Tech AI capital expenditure · {yearsLabel(ds)}</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-5xl">
          Who is spending what on AI infrastructure
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">
          <span {...data({ todayOnly: true })}>{plansSentence(ds, year)} </span>
          Every plan is dated, every revision shown as one, and every number links to its sources.
        </p>
        <AsOfControl path="/" first={span.first} last={span.last} />
      </section>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2.2fr)_minmax(0,1fr)]">
        <ChartBlock
          view={main}
          asOfEditions={planYears()}
          toolbar={
            <OverviewControls
              blockId={chartSlug(main)}
              canonical={absoluteUrl('/')}
              years={planYears()}
              companies={companies.map((entity) => ({
                slug: entity.slug,
                name: entity.name,
                colorToken: colorTokenFor(entity.slug),
                years: Object.keys(entity.plans),
              }))}
            />
          }
        />
        <div className="lg:pt-24" {...data({ todayOnly: true })}>
          <ComparabilityNote year={year} />
        </div>
      </div>
      {also.map((view) => (
        <div key={view.chart} className="mt-14 lg:max-w-[52rem]">
          <ChartBlock view={view} asOfEditions={viewVocabulary().actualYears} />
        </div>
      ))}

      <div className="below-fold mt-12">
        <section aria-labelledby="companies-title">
          <h2 id="companies-title" className="text-xl font-semibold tracking-tight">
            Company views
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
            {companies.map((entity) => {
              const values = windowsOf(
                ds,
                (asOf) => latestPlanAt(asOf, entity.slug),
                (f) => f.id,
                (f) => f.entity === entity.slug,
              );
              const all = figuresFor(entity.slug);
              const sources = new Set(all.flatMap((x) => x.citations.map((c) => c.source)));
              return (
                <li key={entity.slug} data-entity={entity.slug}>
                  <a
                    href={`/companies/${entity.slug}`}
                    className="block h-full rounded-xl border border-line p-4 text-ink no-underline transition-colors hover:border-muted"
                  >
                    <span className="flex items-center justify-between gap-3">
                      <span className="flex items-center gap-2 font-medium">
                        <span
                          aria-hidden
                          className="inline-block size-2.5 rounded-sm"
                          style={{ background: `var(${colorTokenFor(entity.slug)})` }}
                        />
                        {entity.name}
                      </span>
                    </span>
                    {values.map((w) => (
                      <CompanyCardValue key={w.value.id} figure={w.value} window={w} />
                    ))}
                    <span className="mt-2 block text-xs text-muted" {...data({ todayOnly: true })}>
                      {all.length} {all.length === 1 ? 'figure' : 'figures'} from {sources.size}{' '}
                      {sources.size === 1 ? 'source' : 'sources'} →
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      </div>

      {/* The figures of context entities (a sum, a rival's claim): a tracker without any has no such section. */}
      {context.length > 0 && (
        <section id="context" className="mt-12 scroll-mt-24" aria-labelledby="context-title">
          <h2 id="context-title" className="text-xl font-semibold tracking-tight">
            Other figures in the sources
          </h2>
          <p className="mt-2 max-w-3xl text-sm text-muted">
            Not charted, because they are claims or sums rather than one company’s plan — but they are in the articles,
            so they are here.
          </p>
          <div className="figure-grid mt-4 grid gap-4 md:grid-cols-2">
            {context.map((f) => (
              <div key={f.id}>
                <p className="mb-1 text-sm font-medium">{findEntity(f.entity)?.name}</p>
                <FigureEntry figure={f} />
              </div>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
