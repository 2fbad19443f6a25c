import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import { embedParams, embedView } from '@/lib/charts/embeds';
import { CHART_IDS, isChartId } from '@/lib/charts/registry';
import { datasetMeta } from '@/lib/data';
import { THEME_SCRIPT } from '@/lib/embed-theme';
import { formatDate } from '@/lib/dataset/labels';
import { oembedAlternate } from '@/lib/metadata';
import { SITE_NAME } from '@/lib/site';
import { chartVariant } from '@/lib/charts/variants';
import { data } from '@/lib/markup-contract';

export const dynamicParams = false;

export function generateStaticParams() {
  return CHART_IDS.map((chart) => ({ chart }));
}

type Props = { params: Promise<{ chart: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartId(chart)) return {};
  const view = embedView(chart);
  return {
    title: `${view.title} (embed)`,
    description: `${view.variants[0]!.spec.description} ${view.variants[0]!.spec.sourceLine}`,
    // The embed is a copy of a chart on the site; search engines should send readers to the full view.
    alternates: { canonical: view.fullViewPath, types: oembedAlternate(chartVariant(chart).key) },
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
  if (!isChartId(chart)) notFound();
  const view = embedView(chart);
  return (
    <>
      {/* eslint-disable-next-line react/no-danger -- a constant script, no input reaches it; the embed's CSP allows it by hash */}
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <base target="_blank" />
      {/* data-embed-reads: the URL parameters this embed reads (browser/embed.ts); the others are reported as ignored. */}
      <main className="embed mx-auto w-full px-3 py-3 sm:px-4" {...data({ embedReads: embedParams(chart).join(' ') })}>
        <ChartBlock id={chart} headingLevel={1} actions="cite" />
        <IgnoredParamsNotice className="mt-3" />
        <p id="share-status" role="status" aria-live="polite" className="sr-only" />
        <p className="mt-2 flex flex-wrap justify-between gap-x-4 gap-y-1 text-xs text-muted">
          <a href={view.fullViewPath} {...data({ fullView: true })} rel="noopener">
            Full view, every quote and the data: {SITE_NAME} ↗
          </a>
          <span>
            Data as of {formatDate(datasetMeta().asOf)}, version {datasetMeta().version}
          </span>
        </p>
      </main>
    </>
  );
}
