/**
 * A figure's citation, with the articles it rests on; rendered at build.
 * (A chart view's: lib/citations/cite-chart.ts.)
 */
import { datasetMeta, derivationInputs, figureHref, findEntity, siteName, getSource } from '../data';
import { metricLabel } from '../dataset/labels';
import type { Figure } from '../dataset/schema';
import { formatValueLong } from '../money/format';
import { absoluteUrl } from '../site';
import { figureCitationItems, figureCitationTitle } from './items';
import type { RenderedCitation } from './markup';
import { renderCitation } from './render';

export function citeFigure(f: Figure): RenderedCitation {
  const entity = findEntity(f.entity)?.name ?? f.entity;
  const title = figureCitationTitle(entity, metricLabel(f), f.period.label, formatValueLong(f.value, f.qualifier));
  // A derived figure quotes no article itself: it rests on the articles of the figures it is computed from.
  const citations = f.citations.length > 0 ? f.citations : derivationInputs(f).flatMap((input) => input.citations);
  return renderCitation(
    figureCitationItems(
      f,
      { title, url: absoluteUrl(figureHref(f)) },
      citations.map((c) => getSource(c.source)),
      { ...datasetMeta(), siteName: siteName() },
    ),
  );
}
