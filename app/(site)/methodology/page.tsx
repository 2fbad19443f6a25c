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
  sourcesPhrase,
  entityName,
  fiscalYearSpan,
  namesOf,
  publishedPeriod,
  spanLabel,
} from '@/lib/dataset/prose';
import { type ArticleSource, FIGURE_KINDS, QUALIFIERS, type Qualifier } from '@/lib/dataset/schema';
import { CAPEX_MEASURES, CONFIDENCE } from '@/lib/dataset/enums';
import { MAX_REPORTS_CITED } from '@/lib/dataset/checks';
import {
  CONFIDENCE_DESCRIPTION,
  CONFIDENCE_LABEL,
  KIND_DESCRIPTION,
  KIND_LABEL,
  MEASURE_LABEL,
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
    description: `How every figure was distilled from ${sourcesPhrase(getDataset())} and checked: statements and revisions, evidence, qualifiers, kinds, derived figures, fiscal years and known gaps.`,
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
    (s): s is ArticleSource =>
      s.kind === 'article' && (s.publishedBasis !== 'printed' || s.headlineBasis !== 'printed' || !!s.publisherNote),
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
          How the numbers on this site were taken from {sourcesPhrase(ds)}, what their labels mean, how they move over
          time, and what they cannot tell you.
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
            The first figures come from {articlesPhrase(ds)} published {publishedPeriod(ds, 'article')} (see{' '}
            <a href="/sources">Sources</a>). Every dollar amount in them was read and either recorded as a figure or
            listed, with a reason, as deliberately left out — {ignored.length} amounts were left out because they repeat
            a figure, sit in a headline, or mark a threshold (“crossing the $100 billion mark”).
          </p>
          <p>
            The companies’ later statements come from a brief of dated facts compiled from press and analyst reports
            published {publishedPeriod(ds, 'report')}: each statement with the day it was made, who made it and where,
            and the reports that carry it. Their sentences are not copied: each figure cites at most the{' '}
            {countWord(MAX_REPORTS_CITED)} most reputable reports (a wire service or major outlet before trade press,
            trade press before an aggregator; never a page marked as AI-generated), and says what they report in this
            project’s own words.
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
            (qualifier), what sort of number it is (kind), when it was stated, by whom and where, and one or more
            citations: an archived article with the sentence that states it, quoted word for word, or the reports that
            carry it.
          </p>
        </Section>

        <Section id="over-time" title="Plans over time: statements, revisions and actuals">
          <p>
            Every figure is a claim made on a day: a company’s plan as it stated it, on its earnings call or in a post,
            with the day and the event. A later statement of the same plan is a revision: it names the statement it
            revises, so each company’s plan for a year is a chain, from its first statement to its latest. What was
            spent is reported later, for the same period.
          </p>
          <p>
            The charts ask the data for the plan as it stood: by default, today, the latest statement, labelled as
            revised and dated; as of a day, the latest statement made by then. Add <code>asof=YYYY-MM-DD</code> to a
            page’s or an embed’s address, or pick a day with the date control on the overview or a company page, and
            every chart, table, file and citation shows only what had been stated by that day. A plan is never shown as
            if it were its first statement, and a revised plan is never shown without its date.
          </p>
          <p>Companies measure capital spending differently, and each figure says which, where its sources do:</p>
          <ul className="list-disc space-y-1 pl-5">
            {CAPEX_MEASURES.map((m) => (
              <li key={m}>{capitalized(MEASURE_LABEL[m])}</li>
            ))}
          </ul>
          <p>
            A chart that compares them says when they differ, and a plan compared with its actual says when the two are
            not the same measure.
          </p>
        </Section>

        <Section id="evidence" title="Evidence: quoted, reported, or computed">
          <p>Every figure says what it rests on:</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <span className="font-medium">Quoted</span>: a sentence of an archived article, quoted word for word and
              checked against the text.
            </li>
            <li>
              <span className="font-medium">Reported</span>: reports that carry the company’s statement, cited by
              publisher, title, date and address; the project keeps no copy of them.
            </li>
            <li>
              <span className="font-medium">Computed</span>: worked out here from other figures, with its formula.
            </li>
          </ul>
          <p>Where two reports that agree are not to be had, the figure says so:</p>
          <dl className="space-y-2">
            {CONFIDENCE.map((c) => (
              <div key={c}>
                <dt className="font-medium">{CONFIDENCE_LABEL[c]}</dt>
                <dd className="text-muted">{CONFIDENCE_DESCRIPTION[c]}</dd>
              </div>
            ))}
          </dl>
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
            <li>
              a citation of an archived article quotes it, a citation of a report never does, and a figure cites at most{' '}
              {countWord(MAX_REPORTS_CITED)} reports, saying so when only one publisher carries it;
            </li>
            <li>
              a revision revises a statement of the same company, metric and period, made before it, and each statement
              is revised at most once; no figure is stated after the data’s date;
            </li>
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
