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
import { articlesPhrase, publishedPeriod } from '@/lib/dataset/prose';
import { KIND_LABEL, formatPublished, metricLabel } from '@/lib/dataset/labels';
import { formatValueShort } from '@/lib/money/format';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';
import { data } from '@/lib/markup-contract';

export function generateMetadata(): Metadata {
  const articles = articlesPhrase(getDataset());
  return pageMetadata({
    title: 'Sources',
    description: `The ${articles} behind every figure, what each one reports, and every place where they disagree.`,
    path: '/sources',
  });
}

export default function SourcesPage() {
  const sources = sourcesByDate();
  const list = disagreements();
  return (
    <>
      <PrintRunningHead path="/sources" />
      <header className="max-w-3xl py-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Sources</h1>
        <p className="mt-3 text-muted">
          Every figure on this site comes from one of these {articlesPhrase(getDataset())}, published{' '}
          {publishedPeriod(getDataset())}. Where an article does not print its date or headline, it says how we know it.
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-4 text-sm">
          <a href="#disagreements">Where the sources disagree ({list.length})</a>
          <button type="button" className="share-button" {...data({ copyUrl: absoluteUrl('/sources') })}>
            Copy link to this page
          </button>
        </p>
      </header>

      <ol className="space-y-6">
        {sources.map((s) => {
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
                <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                  {cited.map((f) => (
                    <li key={f.id}>
                      <a href={figureHref(f)}>
                        {findEntity(f.entity)?.name} · {metricLabel(f)}, {f.period.label}
                      </a>{' '}
                      <span className="num font-medium">{formatValueShort(f.value, f.qualifier)}</span>
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          );
        })}
      </ol>

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
      </section>
    </>
  );
}
