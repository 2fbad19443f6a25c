import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import { embedOf, embedParams, embedSlugs, embedView } from '@/lib/embeds/embed-views';
import { chartVariant } from '@/lib/charts/model/variants';
import { datasetMeta, getDataset, siteName } from '@/lib/data';
import { formatDate } from '@/lib/dataset/labels';
import { THEME_SCRIPT } from '@/lib/embeds/theme-script';
import { data } from '@/lib/markup-contract';
import { oembedAlternate } from '@/lib/metadata';

export const dynamicParams = false;

/** One embed page per chart and edition: /embed/capex-2025, /embed/aws-revenue. */
export function generateStaticParams() {
  return embedSlugs(getDataset()).map(({ slug }) => ({ chart: slug }));
}

type Props = { params: Promise<{ chart: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  const embed = embedOf(getDataset(), chart);
  if (!embed) return {};
  const view = embedView(embed.id, embed.year);
  return {
    title: `${view.title} (embed)`,
    description: `${view.variants[0]!.spec.description} ${view.variants[0]!.spec.sourceLine}`,
    // The embed is a copy of a chart on the site; search engines should send readers to the full view.
    alternates: {
      canonical: view.fullViewPath,
      types: oembedAlternate(chartVariant(getDataset(), embed.id, { year: embed.year }).key),
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
  const embed = embedOf(getDataset(), chart);
  if (!embed) notFound();
  const view = embedView(embed.id, embed.year);
  return (
    <>
      {/* A constant script, no input reaches it; the embed's CSP allows it by hash */}
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <base target="_blank" />
      {/* The URL parameters this embed reads (browser/embed.ts); the others are reported as ignored. */}
      <main
        className="embed mx-auto w-full px-3 py-3 sm:px-4"
        {...data({ embedReads: embedParams(embed.id).join(' ') })}
      >
        <ChartBlock id={embed.id} year={embed.year} headingLevel={1} actions="cite" />
        <IgnoredParamsNotice className="mt-3" />
        <p id="share-status" role="status" aria-live="polite" className="sr-only" />
        <p className="mt-2 flex flex-wrap justify-between gap-x-4 gap-y-1 text-xs text-muted">
          <a href={view.fullViewPath} {...data({ fullView: true })} rel="noopener">
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
