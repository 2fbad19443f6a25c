import type { Metadata } from 'next';
import { allFigures, figure, figureHref, releases } from '@/lib/data';
import { formatDate } from '@/lib/dataset/labels';
import { releasePath } from '@/lib/dataset/version';
import { DOWNLOADS } from '@/lib/downloads/csv';
import { pageMetadata } from '@/lib/metadata';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';

export const metadata: Metadata = pageMetadata({
  title: 'Dataset changelog',
  description: 'Every release of the dataset: its version, date, content hash, what changed and which figures, and its files at addresses that never change.',
  path: '/changelog',
});

/** /changelog: the dataset's releases, so a citation that names a version can be checked against what it cited. */
export default function ChangelogPage() {
  const list = releases();
  // A figure a later release removed is named, not linked.
  const current = new Set(allFigures().map((f) => f.id));
  return (
    <>
      <PrintRunningHead path="/changelog" />
      <header className="max-w-3xl py-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Dataset changelog</h1>
        <p className="mt-3 text-muted">
          Every page, download, image, slide and citation names the dataset version it shows. Each release keeps its files at its own address, which
          never changes, so a citation of a version can be checked against exactly what it cited.
        </p>
      </header>
      <ol className="max-w-3xl space-y-6">
        {list.map((r) => (
          <li key={r.version} id={`v${r.version}`} className="scroll-mt-24 rounded-xl border border-line p-5">
            <h2 className="text-xl font-semibold tracking-tight">
              Version {r.version} <span className="text-base font-normal text-muted">· <time dateTime={r.date}>{formatDate(r.date)}</time></span>
            </h2>
            <p className="mt-2">{r.summary}</p>
            <p className="mt-2 text-sm text-muted">
              Content hash <code>{r.hash}</code>. Its files:{' '}
              {DOWNLOADS.map((d, i) => {
                const name = d.href.split('/').pop()!;
                return (
                  <span key={name}>
                    {i > 0 ? ', ' : ''}
                    <a href={releasePath(r.version, name)}>{name}</a>
                  </span>
                );
              })}
              .
            </p>
            {r.figures.length > 0 && (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer">
                  {r.figures.length} {r.figures.length === 1 ? 'figure' : 'figures'} added or changed
                </summary>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {r.figures.map((id) => (
                    <li key={id}>
                      {current.has(id) ? <a href={figureHref(figure(id))}>{id}</a> : id}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
