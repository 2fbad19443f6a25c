import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import { embedOf, embedParams, embedViews, fullViewPath } from '@/lib/embeds/embed-views';
import { chartSlug, viewKey } from '@/lib/charts/model/keys';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { datasetMeta, getDataset, siteName } from '@/server/data';
import { formatDate } from '@/lib/dataset/labels';
import { THEME_SCRIPT } from '@/lib/embeds/theme-script';
import { data } from '@/lib/markup-contract';
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

/**
 * /embed/<chart>: the chart only, for iframes on other sites. Title, subtitle,
 * the baked chart (or its table), notes, source line, the citation cards, the
 * chart's Cite and a link back to the full view; no site navigation. Links
 * open in a new tab.
 */
export default async function EmbedPage({ params }: Props) {
  const { chart } = await params;
  const ds = getDataset();
  const view = embedOf(ds, chart);
  if (!view) notFound();
  return (
    <>
      {/* A constant script, no input reaches it; the embed's CSP allows it by hash */}
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <base target="_blank" />
      {/* The URL parameters this embed reads (browser/embed.ts); the others are reported as ignored. */}
      <main
        className="embed mx-auto w-full px-3 py-3 sm:px-4"
        {...data({ embedReads: embedParams(view.chart).join(' ') })}
      >
        <ChartBlock view={view} headingLevel={1} actions="cite" />
        <IgnoredParamsNotice className="mt-3" />
        <p id="share-status" role="status" aria-live="polite" className="sr-only" />
        <p className="mt-2 flex flex-wrap justify-between gap-x-4 gap-y-1 text-xs text-muted">
          <a href={fullViewPath(ds, view)} {...data({ fullView: true })} rel="noopener">
            Full view, every quote and the data: {siteName()} ↗
          </a>
          <span>
            Data as of {formatDate(datasetMeta().asOf)}, version {datasetMeta().version}
          </span>
        </p>
      </main>
    </>
  );
}
