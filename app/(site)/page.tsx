import Link from 'next/link';
import { CitationList } from '@/components/figures/CitationList';
import { figure, primaryEntities } from '@/lib/data';
import { KIND_LABEL } from '@/lib/dataset/labels';
import { formatValueLong, formatValueShort } from '@/lib/money/format';

export default function OverviewPage() {
  const plans = primaryEntities().map((entity) => ({ entity, figure: figure(entity.headlineFigure!) }));
  return (
    <>
      <section className="py-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Big Tech’s AI spending plans for 2025</h1>
        <p className="mt-3 max-w-2xl text-muted">
          Amazon, Microsoft, Alphabet, Meta and the Stargate project, side by side. Every figure is shown with the sentence of
          the news article that reports it.
        </p>
      </section>
      <ul className="grid gap-6 md:grid-cols-2">
        {plans.map(({ entity, figure: f }) => (
          <li key={entity.slug} id={entity.slug} data-entity={entity.slug} className="rounded-xl border border-line p-5">
            <div className="flex items-baseline justify-between gap-4">
              <h2 className="flex items-center gap-2 text-lg font-semibold">
                <span aria-hidden className="inline-block size-3 rounded-sm" style={{ background: `var(${entity.colorToken})` }} />
                <Link href={`/companies/${entity.slug}`} className="text-ink no-underline hover:underline">
                  {entity.name}
                </Link>
              </h2>
              <p className="num text-2xl font-semibold" aria-label={formatValueLong(f.value, f.qualifier)}>
                {formatValueShort(f.value, f.qualifier)}
              </p>
            </div>
            <p className="mt-1 text-sm text-muted">
              {KIND_LABEL[f.kind]} · {f.period.basis === 'fiscal' ? `Fiscal year: ${f.period.label}` : f.period.label}
            </p>
            {f.note && <p className="mt-2 text-sm text-muted">{f.note}</p>}
            <div className="mt-4">
              <CitationList citations={f.citations} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
