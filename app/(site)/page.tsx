import { SpokenValue } from '@/components/figures/SpokenValue';
import type { Metadata } from 'next';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { OverviewControls } from '@/components/charts/OverviewControls';
import { FigureEntry } from '@/components/figures/FigureEntry';
import { ComparabilityNote } from '@/components/site/ComparabilityNote';
import { chartVariant, pageCharts } from '@/lib/charts/variants';
import { contextFigures, figure, figuresFor, findEntity, primaryEntities } from '@/lib/data';
import { KIND_LABEL } from '@/lib/dataset/labels';
import type { PrimarySlug } from '@/lib/dataset/slugs';
import { formatValueLong, formatValueShort } from '@/lib/money/format';
import { pageMetadata } from '@/lib/metadata';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';

export function generateMetadata(): Metadata {
  const sum = figure('big-tech-capex-2025-sum-of-plans');
  return {
    ...pageMetadata({
      title: 'Big Tech’s AI spending plans for 2025, side by side',
      description: `Amazon, Microsoft, Alphabet, Meta (${formatValueShort(sum.value, sum.qualifier)} together) and the Stargate project: 2025 AI capital-spending plans, every figure traced to the sentence that reports it.`,
      path: '/',
      oembed: chartVariant(pageCharts('overview')[0]!.id).key,
    }),
    // Search results show about 60 characters of a title.
    title: { absolute: `${SITE_NAME} · Big Tech’s AI spending plans, sourced` },
  };
}

export default function OverviewPage() {
  const [main] = pageCharts('overview');
  const plans = primaryEntities().map((entity) => ({ entity, figure: figure(entity.headlineFigure!) }));
  const [amazon, microsoft, alphabet, meta, stargate] = plans.map((p) => p.figure);
  const sum = figure('big-tech-capex-2025-sum-of-plans');
  const context = contextFigures();

  return (
    <>
      <PrintRunningHead path="/" />
      <section className="max-w-3xl py-10 sm:py-14">
        <p className="text-sm font-medium text-muted">Big Tech AI capital expenditure · 2025</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-5xl">Who is spending what on AI infrastructure</h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">
          Amazon plans {formatValueLong(amazon!.value, amazon!.qualifier)} of capital spending in 2025, Microsoft{' '}
          {formatValueLong(microsoft!.value, microsoft!.qualifier)} in its fiscal year to June 2025, Alphabet{' '}
          {formatValueLong(alphabet!.value, alphabet!.qualifier)} and Meta {formatValueLong(meta!.value, meta!.qualifier)}:{' '}
          {formatValueLong(sum.value, sum.qualifier)} together. OpenAI’s Stargate project adds{' '}
          {formatValueLong(stargate!.value, stargate!.qualifier)} over four years. Every number below links to the sentence that reports it.
        </p>
      </section>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2.2fr)_minmax(0,1fr)]">
        <ChartBlock
          id={main!.id}
          toolbar={
            <OverviewControls
              blockId={main!.id}
              canonical={absoluteUrl('/')}
              companies={plans.map(({ entity }) => ({ slug: entity.slug as PrimarySlug, name: entity.name, colorToken: entity.colorToken }))}
            />
          }
        />
        <div className="lg:pt-24">
          <ComparabilityNote />
        </div>
      </div>

      <div className="below-fold mt-12">
        <section aria-labelledby="companies-title">
          <h2 id="companies-title" className="text-xl font-semibold tracking-tight">
            Company views
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
            {plans.map(({ entity, figure: f }) => {
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
                        <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: `var(${entity.colorToken})` }} />
                        {entity.name}
                      </span>
                      <span className="num text-lg font-semibold">
                        <SpokenValue value={f.value} qualifier={f.qualifier} />
                      </span>
                    </span>
                    <span className="mt-1 block text-sm text-muted">
                      {KIND_LABEL[f.kind]} · {f.period.label}
                    </span>
                    <span className="mt-2 block text-xs text-muted">
                      {all.length} {all.length === 1 ? 'figure' : 'figures'} from {sources.size} {sources.size === 1 ? 'source' : 'sources'} →
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      </div>

      <section id="context" className="mt-12 scroll-mt-24" aria-labelledby="context-title">
        <h2 id="context-title" className="text-xl font-semibold tracking-tight">
          Other figures in the sources
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-muted">
          Not charted, because they are claims or sums rather than one company’s plan — but they are in the articles, so they are here.
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
    </>
  );
}
