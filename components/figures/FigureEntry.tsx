import { SpokenValue } from '@/components/figures/SpokenValue';
import { FigureEvidence } from '@/components/figures/FigureEvidence';
import { KIND_LABEL, metricLabel } from '@/lib/dataset/labels';
import type { Figure } from '@/lib/dataset/schema';
import { figureHref, revisionOf } from '@/server/data';
import { absoluteUrl } from '@/lib/site';
import { FigureCite } from '@/components/figures/FigureCite';
import { data, shownWhile } from '@/lib/markup-contract';

/**
 * A figure in full, with a stable anchor (#figure-id): value, facts, disagreements, every citation. Shown from
 * the day it was stated (a page as of an earlier day hides it); a plan revised since says so from that day.
 */
export function FigureEntry({ figure: f, headingLevel = 3 }: { figure: Figure; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const revisedBy = revisionOf(f);
  return (
    <article
      id={f.id}
      className="figure-entry scroll-mt-24 rounded-xl border border-line p-4 sm:p-5"
      data-figure-id={f.id}
      {...shownWhile({ from: f.stated.on, until: null })}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading className="text-base font-medium">
          {metricLabel(f)} · {f.period.label}
          <span className="ml-2 rounded-full border border-line px-2 py-0.5 align-middle text-xs font-normal text-muted">
            {KIND_LABEL[f.kind]}
          </span>
          {revisedBy && (
            <span
              className="ml-2 rounded-full border border-line px-2 py-0.5 align-middle text-xs font-normal text-muted"
              {...shownWhile({ from: revisedBy.stated.on, until: null })}
            >
              Superseded
            </span>
          )}
        </Heading>
        <p className="num text-xl font-semibold">
          <SpokenValue value={f.value} qualifier={f.qualifier} />
        </p>
      </header>
      <FigureEvidence figure={f} />
      <div className="figure-actions mt-3 text-sm">
        <button type="button" className="share-button" {...data({ copyUrl: absoluteUrl(figureHref(f)) })}>
          Copy link to this figure
        </button>
        <FigureCite figure={f} id={`${f.id}-cite`} />
      </div>
    </article>
  );
}
