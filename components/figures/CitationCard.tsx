import { CardShell } from '@/components/figures/CardShell';
import { SpokenValue } from '@/components/figures/SpokenValue';
import { FigureEvidence } from '@/components/figures/FigureEvidence';
import { getFigure, figureHref, findEntity } from '@/server/data';
import { metricLabel } from '@/lib/dataset/labels';
import { cardId } from '@/lib/charts/model/keys';
import { absoluteUrl } from '@/lib/site';
import { FigureCite } from '@/components/figures/FigureCite';
import { data } from '@/lib/markup-contract';

/**
 * The card a chart's bar opens: the value with its qualifier, period, kind (and
 * formula), where sources disagree, and every citation. Baked once per figure
 * into a static fragment (scripts/bake.tsx, at lib/charts/model/keys.ts's cardPath)
 * that browser/citation-cards.ts fetches, shows and places.
 */
export function CitationCard({ figureId }: { figureId: string }) {
  const f = getFigure(figureId);
  const entity = findEntity(f.entity);
  const id = cardId(f.id);
  return (
    <CardShell
      id={id}
      figureId={f.id}
      title={
        <div>
          <p className="text-xs uppercase tracking-wide text-muted">
            {entity?.name} · {metricLabel(f)}
          </p>
          <h2 id={`${id}-title`} className="num text-2xl font-semibold">
            <SpokenValue value={f.value} qualifier={f.qualifier} prefix={entity?.name} />
          </h2>
        </div>
      }
    >
      <FigureEvidence figure={f} sourcesHeading />
      <div className="figure-actions mt-3 text-sm">
        <a href={figureHref(f)}>All about this figure</a>
        <button type="button" className="share-button" {...data({ copyUrl: absoluteUrl(figureHref(f)) })}>
          Copy link
        </button>
        <FigureCite figure={f} id={`${id}-cite`} />
      </div>
    </CardShell>
  );
}
