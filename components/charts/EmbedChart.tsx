import type { ReactNode } from 'react';
import { ChartBlock } from '@/components/charts/ChartBlock';
import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import { THEME_SCRIPT } from '@/lib/embeds/theme-script';
import { data } from '@/lib/markup-contract';
import type { ParamName } from '@/lib/url/params';
import type { View } from '@/lib/url/view';
import { editionsOf } from '@/lib/charts/model/registry';
import { getDataset, siteName } from '@/server/data';
import type { PinnedRelease } from '@/server/releases';

interface EmbedChartProps {
  view: View;
  /** The URL parameters the page reads (browser/embed.ts); the others are reported as ignored. */
  reads: readonly ParamName[];
  fullView: { href: string; follows: boolean };
  /** What the data is: its date and version, and for a pinned embed whether newer data exists. */
  footer: ReactNode;
  pinned?: PinnedRelease;
}

/**
 * An embed page's content, live (/embed/<chart>) or pinned to a release (/embed/v/<version>/<chart>): the chart
 * only, for iframes on other sites, with its notes, source line, citation cards, Cite and a link back to the
 * full view; no site navigation. Links open in a new tab. A live embed's link follows the view its URL asks for
 * (`fullView.follows`); a pinned one's is fixed.
 */
export function EmbedChart({ view, reads, fullView, footer, pinned }: EmbedChartProps) {
  return (
    <>
      {/* A constant script, no input reaches it; the embed's CSP allows it by hash */}
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <base target="_blank" />
      <main className="embed mx-auto w-full px-3 py-3 sm:px-4" {...data({ embedReads: reads.join(' ') })}>
        {/* Its editions as of a day: the embed's script draws the one a day had (browser/embed.ts). */}
        <ChartBlock
          view={view}
          headingLevel={1}
          actions="cite"
          pinned={pinned}
          asOfEditions={
            view.edition
              ? editionsOf(pinned?.dataset ?? getDataset(), view.chart).flatMap((e) => (e ? [e] : []))
              : undefined
          }
        />
        <IgnoredParamsNotice className="mt-3" />
        <p id="share-status" role="status" aria-live="polite" className="sr-only" />
        <p className="mt-2 flex flex-wrap justify-between gap-x-4 gap-y-1 text-xs text-muted">
          <a href={fullView.href} {...(fullView.follows ? data({ fullView: true }) : {})} rel="noopener">
            Full view, every quote and the data: {siteName()} ↗
          </a>
          {footer}
        </p>
      </main>
    </>
  );
}
