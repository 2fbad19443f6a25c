import type { Metadata } from 'next';
import { pageMetadata } from '@/server/metadata';
import { TableHead } from '@/components/site/TableHead';
import { absoluteUrl } from '@/lib/site';
import {
  disagreements,
  getFigure,
  figureHref,
  figuresCiting,
  findEntity,
  getDataset,
  sourcesByDate,
} from '@/server/data';
import { articlesPhrase, publishedPeriod, sourcesPhrase } from '@/lib/dataset/prose';
import { CONFIDENCE_LABEL, KIND_LABEL, REPORT_TIER_LABEL, formatPublished, metricLabel } from '@/lib/dataset/labels';
import type { ArticleSource, Figure, ReportSource } from '@/lib/dataset/schema';
import { formatValueShort } from '@/lib/money/format';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';
import { data } from '@/lib/markup-contract';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Sources',
    description: `The ${sourcesPhrase(getDataset())} behind every figure, what each one reports, and every place where they disagree.`,
    path: '/sources',
  });
}

/** "Amazon · Capital expenditure, 2025  ~$100B", linked to the figure. */
function CitedFigures({ figures }: { figures: Figure[] }) {
  return (
    <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
      {figures.map((f) => (
        <li key={f.id}>
          <a href={figureHref(f)}>
            {findEntity(f.entity)?.name} · {metricLabel(f)}, {f.period.label}
          </a>{' '}
          <span className="num font-medium">{formatValueShort(f.value, f.qualifier)}</span>
        </li>
      ))}
    </ul>
  );
}

/** A report: cited by publisher, title, date and address; its text is not kept, its sentences not copied. */
function ReportEntry({ source: s }: { source: ReportSource }) {
  const cited = figuresCiting(s.id);
  return (
    <li id={s.id} className="scroll-mt-24 border-b border-line py-3">
      <p className="text-sm">
        <span className="font-medium">{s.publisher}</span>
        <span className="text-muted">
          {' · '}
          {s.published ? <time dateTime={s.published}>{formatPublished(s)}</time> : formatPublished(s)} ·{' '}
          {REPORT_TIER_LABEL[s.tier]}
        </span>
      </p>
      <p className="mt-0.5 [overflow-wrap:anywhere]">
        <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
          {s.headline}
        </a>
      </p>
      <CitedFigures figures={cited} />
    </li>
  );
}

export default function SourcesPage() {
  const sources = sourcesByDate();
  const articles = sources.filter((s): s is ArticleSource => s.kind === 'article');
  const reports = sources.filter((s): s is ReportSource => s.kind === 'report');
  const list = disagreements();
  const flagged = getDataset().figures.filter((f) => f.confidence !== undefined);
  return (
    <>
      <PrintRunningHead path="/sources" />
      <header className="max-w-3xl py-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Sources</h1>
        <p className="mt-3 text-muted">
          Every figure on this site comes from these {sourcesPhrase(getDataset())}. The {articlesPhrase(getDataset())},
          published {publishedPeriod(getDataset(), 'article')}, are archived: each figure quotes its sentence, checked
          word for word against the text. The reports, published {publishedPeriod(getDataset(), 'report')}, carry the
          companies’ later statements: each figure cites at most the two most reputable, by title, date and address, and
          says in its own words what they report; their text is not copied.
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-4 text-sm">
          <a href="#articles">Archived articles ({articles.length})</a>
          <a href="#reports">Reports ({reports.length})</a>
          <a href="#disagreements">Where the sources disagree ({list.length + flagged.length})</a>
          <button type="button" className="share-button" {...data({ copyUrl: absoluteUrl('/sources') })}>
            Copy link to this page
          </button>
        </p>
      </header>

      <h2 id="articles" className="scroll-mt-24 text-2xl font-semibold tracking-tight">
        Archived articles, quoted verbatim
      </h2>
      <ol className="mt-4 space-y-6">
        {articles.map((s) => {
          const cited = figuresCiting(s.id);
          return (
            <li key={s.id} id={s.id} className="scroll-mt-24 rounded-xl border border-line p-5">
              <article aria-labelledby={`${s.id}-title`}>
                <p className="text-sm font-medium">
                  {s.publisher}
                  {s.publisherNote && <span className="font-normal text-muted"> · publisher inferred</span>}
                </p>
                <h2 id={`${s.id}-title`} className="mt-1 text-lg font-semibold leading-snug">
                  {s.headline}
                </h2>
                <dl className="mt-3 grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
                  <dt className="text-muted">Published</dt>
                  <dd>
                    <time dateTime={s.published}>{formatPublished(s)}</time>
                    {s.publishedNote && <span className="block text-muted">{s.publishedNote}</span>}
                  </dd>
                  <dt className="text-muted">Headline</dt>
                  <dd>
                    {s.headlineBasis === 'printed'
                      ? 'As printed in the article'
                      : 'Taken from the article’s URL; the text does not print one'}
                  </dd>
                  {s.publisherNote && (
                    <>
                      <dt className="text-muted">Publisher</dt>
                      <dd>{s.publisherNote}</dd>
                    </>
                  )}
                  <dt className="text-muted">Link</dt>
                  <dd className="[overflow-wrap:anywhere]">
                    {s.url ? (
                      <>
                        <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                          {s.url.replace(/^https?:\/\//, '')}
                        </a>
                        {s.urlKind === 'republished-copy' && (
                          <span className="block text-muted">
                            A republished full copy; the original page was not found.
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="text-muted">Not known</span>
                    )}
                  </dd>
                  <dt className="text-muted">Article file</dt>
                  <dd className="font-mono text-xs leading-5 [overflow-wrap:anywhere]">{s.file}</dd>
                </dl>
                <h3 className="mt-4 text-sm font-medium">
                  {cited.length} {cited.length === 1 ? 'figure cites' : 'figures cite'} this article
                </h3>
                <CitedFigures figures={cited} />
              </article>
            </li>
          );
        })}
      </ol>

      <section id="reports" className="mt-14 scroll-mt-24" aria-labelledby="reports-title">
        <h2 id="reports-title" className="text-2xl font-semibold tracking-tight">
          Reports, cited but not quoted
        </h2>
        <p className="mt-2 max-w-3xl text-muted">
          By publication date. Each is rated by how reputable it is; a page marked as AI-generated is never cited.
        </p>
        <ol className="mt-4">
          {reports.map((s) => (
            <ReportEntry key={s.id} source={s} />
          ))}
        </ol>
      </section>

      <section id="disagreements" className="mt-14 scroll-mt-24" aria-labelledby="disagreements-title">
        <h2 id="disagreements-title" className="text-2xl font-semibold tracking-tight">
          Where the sources disagree
        </h2>
        <p className="mt-2 max-w-3xl text-muted">
          When two sources give different numbers for the same thing, both are kept. Here is each case, and which value
          the charts use.
        </p>
        <div className="mt-6 space-y-6">
          {list.map((d) => (
            <article
              key={d.id}
              id={d.id}
              className="scroll-mt-24 rounded-xl border border-line p-5"
              aria-labelledby={`${d.id}-title`}
            >
              <h3 id={`${d.id}-title`} className="text-lg font-semibold">
                {d.topic}
              </h3>
              <p className="mt-2 text-sm">{d.summary}</p>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full min-w-[28rem] border-collapse text-sm">
                  <caption className="sr-only">The readings of {d.topic}</caption>
                  <TableHead columns={['Value', 'Kind', 'Who says it', 'In charts']} />
                  <tbody>
                    {d.figures.map((id) => {
                      const f = getFigure(id);
                      const publishers = [
                        ...new Set(f.citations.filter((c) => c.role === 'states-value').map((c) => c.source)),
                      ];
                      return (
                        <tr key={id} className="border-b border-line">
                          <td className="num py-1.5 pr-3 font-medium">
                            <a href={figureHref(f)}>{formatValueShort(f.value, f.qualifier)}</a>
                          </td>
                          <td className="py-1.5 pr-3">{KIND_LABEL[f.kind]}</td>
                          <td className="py-1.5 pr-3">
                            {publishers.length === 0
                              ? 'Computed by this dataset'
                              : publishers.map((sid, i) => (
                                  <span key={sid}>
                                    {i > 0 ? ', ' : ''}
                                    <a href={`#${sid}`}>{sources.find((s) => s.id === sid)?.publisher}</a>
                                  </span>
                                ))}
                          </td>
                          <td className="py-1.5">{d.chartedFigure === id ? 'Yes' : '—'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p className="mt-3 text-sm">
                <span className="font-medium">What the charts use: </span>
                <span className="text-muted">{d.resolution}</span>
              </p>
            </article>
          ))}
        </div>
        {flagged.length > 0 && (
          <>
            <h3 id="flagged" className="mt-10 scroll-mt-24 text-lg font-semibold">
              Figures the reports do not settle
            </h3>
            <p className="mt-2 max-w-3xl text-sm text-muted">
              Disputed: the reports give different numbers or read the statement differently, and the figure holds both.
              Single source: one publisher carries it. Each figure’s note says what is open.
            </p>
            <ul className="mt-3 space-y-2 text-sm">
              {flagged.map((f) => (
                <li key={f.id}>
                  <span className="font-medium">{f.confidence ? CONFIDENCE_LABEL[f.confidence] : ''}:</span>{' '}
                  <a href={figureHref(f)}>
                    {findEntity(f.entity)?.name} · {metricLabel(f)}, {f.period.label}
                  </a>{' '}
                  <span className="num font-medium">{formatValueShort(f.value, f.qualifier)}</span>
                  {f.note && <span className="block text-muted">{f.note}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
