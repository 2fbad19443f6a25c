import type { Metadata } from 'next';
import { getDataset, releases } from '@/server/data';
import { figuresBefore } from '@/server/releases';
import { formatDate } from '@/lib/dataset/labels';
import { releaseChangeGroups } from '@/lib/feed/release-changes';
import { RELEASES_FEED_PATH, releaseAnchor } from '@/lib/feed/releases-feed';
import { pageMetadata } from '@/server/metadata';
import { PrintRunningHead } from '@/components/site/PrintRunningHead';
import { ReleaseChanges, ReleaseFiles } from '@/components/site/ReleaseChanges';

export const metadata: Metadata = pageMetadata({
  title: 'Dataset changelog',
  description:
    'Every release of the dataset: its version, date, content hash, what changed and which figures, and its files at addresses that never change.',
  path: '/changelog',
});

/** /changelog: the dataset's releases, so a citation that names a version can be checked against what it cited. */
export default function ChangelogPage() {
  const ds = getDataset();
  return (
    <>
      <PrintRunningHead path="/changelog" />
      <header className="max-w-3xl py-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Dataset changelog</h1>
        <p className="mt-3 text-muted">
          Every page, download, image, slide and citation names the dataset version it shows. Each release keeps its
          files at its own address, which never changes, so a citation of a version can be checked against exactly what
          it cited.
        </p>
        <p className="mt-3 print:hidden">
          <a href={RELEASES_FEED_PATH} type="application/atom+xml" data-feed-link>
            Follow new releases in a feed reader (Atom)
          </a>
        </p>
      </header>
      <ol className="max-w-3xl space-y-6">
        {releases().map((r) => (
          <li key={r.version} id={releaseAnchor(r.version)} className="scroll-mt-24 rounded-xl border border-line p-5">
            <h2 className="text-xl font-semibold tracking-tight">
              Version {r.version}{' '}
              <span className="text-base font-normal text-muted">
                · <time dateTime={r.date}>{formatDate(r.date)}</time>
              </span>
            </h2>
            <p className="mt-2">{r.summary}</p>
            <p className="mt-2 text-sm text-muted">
              Content hash <code>{r.hash}</code>. Its files: <ReleaseFiles version={r.version} />.
            </p>
            <ReleaseChanges groups={releaseChangeGroups(ds, r, figuresBefore(r.version))} collapsible />
          </li>
        ))}
      </ol>
    </>
  );
}
