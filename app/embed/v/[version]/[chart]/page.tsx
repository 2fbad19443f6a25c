import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedChart } from '@/components/charts/EmbedChart';
import { embedOf, embedViews, liveViewPath } from '@/lib/embeds/embed-views';
import { chartSlug } from '@/lib/charts/model/keys';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { formatDate } from '@/lib/dataset/labels';
import { EMBED_PARAMS, SWITCH_PARAMS } from '@/lib/url/params';
import { getDataset } from '@/server/data';
import { pinnedRelease, pinnedReleases } from '@/server/releases';

export const dynamicParams = false;

/** One pinned embed per release, chart and edition, drawn from the release's archive: /embed/v/2.0.0/capex-2026. */
export function generateStaticParams() {
  return pinnedReleases().flatMap(({ version, dataset }) =>
    embedViews(dataset).map((view) => ({ version, chart: chartSlug(view) })),
  );
}

type Props = { params: Promise<{ version: string; chart: string }> };

async function pinnedView({ params }: Props) {
  const { version, chart } = await params;
  const release = pinnedRelease(version);
  const view = release ? embedOf(release.dataset, chart) : null;
  return release && view ? { release, view } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const pinned = await pinnedView(props);
  if (!pinned) return {};
  const spec = buildChartSpec(pinned.release.dataset, pinned.view);
  return {
    title: `${spec.title} (embed, release ${pinned.release.version})`,
    description: `${spec.description} ${spec.sourceLine}`,
    alternates: { canonical: liveViewPath(getDataset(), pinned.view, null) },
  };
}

/**
 * /embed/v/<version>/<chart>: the embed pinned to a release. It reads only how it is shown (theme, chart or
 * table, basis), so it draws exactly what the release drew, and says when newer data exists.
 */
export default async function PinnedEmbedPage(props: Props) {
  const pinned = await pinnedView(props);
  if (!pinned) notFound();
  const { release, view } = pinned;
  const current = getDataset();
  const { asOf, version } = release.dataset.meta;
  const newer = current.meta.version !== version;
  return (
    <EmbedChart
      view={view}
      reads={[...new Set([...EMBED_PARAMS, ...SWITCH_PARAMS])]}
      // The link back opens the chart as the embed shows it: as of the release's day, once newer data exists.
      fullView={{ href: liveViewPath(current, view, newer ? asOf : null), follows: false }}
      pinned={release}
      footer={
        <span>
          Pinned to release {version}, data as of {formatDate(asOf)}.
          {newer ? (
            <>
              {' '}
              <strong className="font-semibold text-ink">Newer data has been released</strong> (version{' '}
              {current.meta.version}, data as of {formatDate(current.meta.asOf)}):{' '}
              <a href={liveViewPath(current, view, null)} rel="noopener">
                see the live chart ↗
              </a>
            </>
          ) : null}
        </span>
      }
    />
  );
}
