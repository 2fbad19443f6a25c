import type { ChangeGroup, ChangedFigure } from '@/lib/feed/release-changes';
import { releasePath } from '@/lib/dataset/version';
import type { Release } from '@/lib/dataset/schema';
import { DOWNLOADS } from '@/lib/downloads/csv';

interface Props {
  groups: ChangeGroup[];
  /** On the changelog page each list folds away; in the feed, whose readers may not unfold, it is open. */
  collapsible?: boolean;
  /** The feed needs absolute addresses. */
  absolute?: (path: string) => string;
}

/** The figures a release added, changed and removed: on /changelog and in each entry of the releases feed. */
export function ReleaseChanges({ groups, collapsible = false, absolute = (p) => p }: Props) {
  return groups.map((group) => {
    const name = (f: ChangedFigure, text = f.label) =>
      f.href ? <a href={absolute(f.href)}>{text}</a> : <>{text} (no longer in the dataset)</>;
    // A revision or a change is old → new: a table, so that each row reads across.
    const list = group.figures.some((f) => f.before !== undefined) ? (
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[34rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-line text-left text-xs text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">
                Figure
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Was
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Now
              </th>
              <th scope="col" className="py-2 font-medium">
                {group.kind === 'revised' ? 'Stated' : 'Also changed'}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.figures.map((f) => (
              <tr key={f.id} className="border-b border-line align-top" data-figure-id={f.id}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {name(f, f.title)}
                </th>
                <td className="num py-2 pr-3">{f.before}</td>
                <td className="num py-2 pr-3 font-medium whitespace-nowrap">{f.after}</td>
                <td className="py-2 text-muted">{f.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ) : (
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {group.figures.map((f) => (
          <li key={f.id}>{name(f)}</li>
        ))}
      </ul>
    );
    return collapsible ? (
      <details key={group.kind} className="mt-2 text-sm" data-release-changes={group.kind}>
        <summary className="cursor-pointer">{group.heading}</summary>
        {list}
      </details>
    ) : (
      <section key={group.kind} data-release-changes={group.kind}>
        <h3>{group.heading}</h3>
        {list}
      </section>
    );
  });
}

/** A release's downloads at their addresses that never change. */
export function ReleaseFiles({
  version,
  absolute = (p) => p,
}: {
  version: string;
  absolute?: (path: string) => string;
}) {
  return DOWNLOADS.map((d, i) => (
    <span key={d.label}>
      {i > 0 ? ', ' : ''}
      <a href={absolute(releasePath(version, d.label))}>{d.label}</a>
    </span>
  ));
}

/** One entry of the releases feed: the summary, what changed, the files. */
export function ReleaseFeedContent({
  release,
  groups,
  absolute,
}: {
  release: Release;
  groups: ChangeGroup[];
  absolute: (path: string) => string;
}) {
  return (
    <>
      <p>{release.summary}</p>
      {groups.length === 0 && <p>No figure was added, changed or removed.</p>}
      <ReleaseChanges groups={groups} absolute={absolute} />
      <p>
        Content hash <code>{release.hash}</code>. Its files:{' '}
        <ReleaseFiles version={release.version} absolute={absolute} />.
      </p>
    </>
  );
}
