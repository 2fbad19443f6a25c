import type { Metadata } from 'next';
import { pageMetadata } from '@/server/metadata';
import { TableHead } from '@/components/site/TableHead';
import { absoluteUrl } from '@/lib/site';
import {
  allEntities,
  datasetMeta,
  derivationInputs,
  derivedFigures,
  findEntity,
  figureHref,
  getDataset,
  ignoredAmounts,
  latestPlanOf,
  primaryEntities,
  getSource,
  sourcesByDate,
} from '@/server/data';
import { yearsSpanned } from '@/lib/dataset/plans';
import {
  articlesPhrase,
  countWord,
  entityName,
  fiscalYearSpan,
  namesOf,
  publishedPeriod,
  spanLabel,
} from '@/lib/dataset/prose';
import { FIGURE_KINDS, QUALIFIERS, type Qualifier } from '@/lib/dataset/schema';
import {
  KIND_DESCRIPTION,
  KIND_LABEL,
  QUALIFIER_DESCRIPTION,
  QUALIFIER_LABEL,
  formatMonthDay,
  formatPublished,
  metricLabel,
} from '@/lib/dataset/labels';
import { SHORT_PREFIX, formatValueShort } from '@/lib/money/format';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';
import { data } from '@/lib/markup-contract';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Methodology',
    description: `How every figure was distilled from ${articlesPhrase(getDataset())} and checked: qualifiers, kinds, derived figures, fiscal years and known gaps.`,
    path: '/methodology',
  });
}

/** "Approximate (~)", "Range (low–high)": the qualifier's name with the symbol short labels give it. */
function qualifierName(q: Qualifier): string {
  const symbol = q === 'range' ? 'low–high' : SHORT_PREFIX[q].trim();
  return symbol ? `${QUALIFIER_LABEL[q]} (${symbol})` : QUALIFIER_LABEL[q];
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} className="scroll-mt-24 border-t border-line pt-8" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      <div className="mt-3 space-y-3 leading-relaxed">{children}</div>
    </section>
  );
}

export default function MethodologyPage() {
  const derived = derivedFigures();
  const fiscal = allEntities().flatMap(({ fiscalYearEnd, ...e }) =>
    fiscalYearEnd && fiscalYearEnd !== '--12-31' ? [{ ...e, fiscalYearEnd }] : [],
  );
  const inferred = sourcesByDate().filter(
    (s) => s.publishedBasis !== 'printed' || s.headlineBasis !== 'printed' || s.publisherNote,
  );
  const ignored = ignoredAmounts();
  const ds = getDataset();
  const calendar = primaryEntities().filter((e) => e.fiscalYearEnd === '--12-31');
  const multiYear = primaryEntities().flatMap((e) => {
    const { figure } = latestPlanOf(e);
    return yearsSpanned(figure) > 1 ? [{ entity: e, figure }] : [];
  });
  return (
    <div className="max-w-3xl">
      <PrintRunningHead path="/methodology" />
      <header className="py-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Methodology</h1>
        <p className="mt-3 text-muted">
          How the numbers on this site were taken from {articlesPhrase(ds)}, what their labels mean, and what they
          cannot tell you.
        </p>
        <p className="mt-3">
          <button type="button" className="share-button" {...data({ copyUrl: absoluteUrl('/methodology') })}>
            Copy link to this page
          </button>
        </p>
      </header>
      <div className="space-y-10">
        <Section id="distilling" title="How figures were distilled">
          <p>
            The input is {articlesPhrase(ds)} published {publishedPeriod(ds)} (see <a href="/sources">Sources</a>).
            Every dollar amount in them was read and either recorded as a figure or listed, with a reason, as
            deliberately left out — {ignored.length} amounts were left out because they repeat a figure, sit in a
            headline, or mark a threshold (“crossing the $100 billion mark”).
          </p>
          <p>
            The dataset is versioned: this is version {datasetMeta().version}. Any change to a figure, a source, a
            disagreement or the amounts left out is a new release, with its date, what changed and which figures, in the{' '}
            <a href="/changelog">changelog</a>; the data check refuses a change without one. Each release keeps its
            files at an address that never changes, so a citation of a version can be checked.
          </p>
          <p>
            A figure records who (entity, and segment such as AWS), what (metric), when (period, calendar or fiscal),
            how much (a low and a high value in US dollars: a single amount has low equal to high), how precisely
            (qualifier), what sort of number it is (kind), and one or more citations: the source and the sentence that
            states it, quoted word for word.
          </p>
        </Section>

        <Section id="checks" title="How the data is checked">
          <p>Before every build, a check refuses the data if any of these fails:</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>every record matches the schema, and every id is unique;</li>
            <li>every citation names a known source, every figure a known entity, and every source is cited;</li>
            <li>
              every quote prints its figure’s number as written — “$80 billion” for 80,000,000,000; “$60–65 billion” or
              “between $60 billion and $65 billion” for a range;
            </li>
            <li>every quote appears word for word in its article;</li>
            <li>every derived figure recomputes from its inputs, within rounding;</li>
            <li>every dollar amount in every article is a figure or on the list of amounts left out.</li>
          </ul>
          <p>
            The same check runs in the test suite, with two dozen deliberately broken datasets that it must each reject
            with a clear message.
          </p>
        </Section>

        <Section id="qualifiers" title="Qualifiers: how precise a value is">
          <dl className="space-y-2">
            {QUALIFIERS.map((q) => (
              <div key={q}>
                <dt className="font-medium">{qualifierName(q)}</dt>
                <dd className="text-muted">{QUALIFIER_DESCRIPTION[q]}</dd>
              </div>
            ))}
          </dl>
          <p>
            Charts draw a range as a range: a solid bar to the low end and a lighter segment, capped, to the high end.
          </p>
        </Section>

        <Section id="kinds" title="Kinds: what sort of number it is">
          <dl className="space-y-2">
            {FIGURE_KINDS.map((k) => (
              <div key={k}>
                <dt className="font-medium">{KIND_LABEL[k]}</dt>
                <dd className="text-muted">{KIND_DESCRIPTION[k]}</dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="derived" title="Derived figures and their formulas">
          <p>Derived figures are drawn hatched, so a computed number never passes for a reported one.</p>
          <ul className="space-y-3">
            {derived.map((f) => (
              <li key={f.id} className="rounded-lg border border-line p-4">
                <p className="font-medium">
                  <a href={figureHref(f)}>
                    {findEntity(f.entity)?.name} · {metricLabel(f)}, {f.period.label}
                  </a>{' '}
                  = <span className="num">{formatValueShort(f.value, f.qualifier)}</span>
                </p>
                <p className="mt-1 text-sm text-muted">
                  {f.derivation.description}. Inputs:{' '}
                  {derivationInputs(f)
                    .map(
                      (i) =>
                        `${findEntity(i.entity)?.name} ${formatValueShort(i.value, i.qualifier)} (${i.period.label})`,
                    )
                    .join(' + ')}
                  .{' '}
                  {f.derivation.statedInSource
                    ? 'A source states the result itself.'
                    : 'Computed by this dataset; no source states it.'}
                </p>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="fiscal-years" title="Fiscal years">
          <p>
            A period is labelled calendar or fiscal, and a fiscal period’s label names its months, so a fiscal year is
            never shown as a calendar year.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {fiscal.map((e) => {
              const span = fiscalYearSpan(ds, e);
              return (
                <li key={e.slug}>
                  {e.name}’s fiscal year ends on {formatMonthDay(e.fiscalYearEnd)}
                  {span ? `: ${span}` : ''}.
                </li>
              );
            })}
            {calendar.length > 0 && (
              <li>
                {namesOf(calendar, 8)} {calendar.length === 1 ? 'reports' : 'report'} on the calendar year.
              </li>
            )}
            {multiYear.map(({ entity, figure }) => (
              <li key={entity.slug}>
                {capitalized(entityName(entity))} is a {countWord(yearsSpanned(figure))}-year commitment (
                {spanLabel(figure)}); the plans chart shows it as a yearly average by default, or as its total.
              </li>
            ))}
          </ul>
        </Section>

        <Section id="sources-dating" title="Dating the sources">
          <p>
            Most of the articles do not print a date, and some print no headline. Where a field is inferred, the data
            says so and how:
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {inferred.map((s) => (
              <li key={s.id}>
                <a href={`/sources#${s.id}`}>{s.publisher}</a>: {formatPublished(s)}. {s.publishedNote}
                {s.headlineBasis === 'url-slug' ? ' Headline taken from the URL.' : ''}
                {s.publisherNote ? ` ${s.publisherNote}` : ''}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="gaps" title="Known gaps">
          <ul className="list-disc space-y-1.5 pl-5">
            <li>
              The sources are secondary: news articles, not company filings. Amounts are as the articles report them.
            </li>
            <li>
              None of the companies says how much of its capital spending is for AI; the articles describe the money as
              AI and data-center spending.
            </li>
            {/* What is specific to these sources is data (meta.json's knownGaps), so it changes with them. */}
            {datasetMeta().knownGaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </Section>

        <Section id="left-out" title="Amounts left out, and why">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[30rem] border-collapse text-sm">
              <caption className="sr-only">Dollar amounts in the articles that are not figures</caption>
              <TableHead columns={['Amount', 'Source', 'Why it is not a figure']} />
              <tbody>
                {ignored.map((a, i) => (
                  <tr key={i} className="border-b border-line align-top">
                    <td className="num py-1.5 pr-3 font-medium">{a.text}</td>
                    <td className="py-1.5 pr-3">{getSource(a.source).publisher}</td>
                    <td className="py-1.5 text-muted">
                      “…{a.context}…” —{' '}
                      {a.reason === 'headline'
                        ? 'the headline'
                        : a.reason === 'threshold'
                          ? 'a threshold, not an amount'
                          : 'repeats a figure'}
                      {a.note ? `. ${a.note}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      </div>
    </div>
  );
}
