import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedChart } from '@/components/charts/EmbedChart';
import { embedOf, embedParams, embedViews, fullViewPath } from '@/lib/embeds/embed-views';
import { chartSlug, viewKey } from '@/lib/charts/model/keys';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { datasetMeta, getDataset } from '@/server/data';
import { formatDate } from '@/lib/dataset/labels';
import { oembedAlternate } from '@/server/metadata';

export const dynamicParams = false;

/** One embed page per chart and edition: /embed/capex-2025, /embed/aws-revenue. */
export function generateStaticParams() {
  return embedViews(getDataset()).map((view) => ({ chart: chartSlug(view) }));
}

type Props = { params: Promise<{ chart: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  const ds = getDataset();
  const view = embedOf(ds, chart);
  if (!view) return {};
  const spec = buildChartSpec(ds, view);
  return {
    title: `${spec.title} (embed)`,
    description: `${spec.description} ${spec.sourceLine}`,
    // The embed is a copy of a chart on the site; search engines should send readers to the full view.
    alternates: {
      canonical: fullViewPath(ds, view),
      types: oembedAlternate(viewKey(view)),
    },
  };
}

/** /embed/<chart>: the live embed, which follows new data and reads the chart's options from its URL. */
export default async function EmbedPage({ params }: Props) {
  const { chart } = await params;
  const ds = getDataset();
  const view = embedOf(ds, chart);
  if (!view) notFound();
  return (
    <EmbedChart
      view={view}
      reads={embedParams(view.chart)}
      fullView={{ href: fullViewPath(ds, view), follows: true }}
      footer={
        <span>
          Data as of {formatDate(datasetMeta().asOf)}, version {datasetMeta().version}
        </span>
      }
    />
  );
}
