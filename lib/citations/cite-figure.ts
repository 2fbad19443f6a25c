/**
 * A figure's citation, with the articles it rests on; rendered at build. (A chart view's: ./cite-chart.ts.)
 */
import { metricLabel } from '../dataset/labels';
import { derivationInputs, figureHref, findEntity, getSource, siteName } from '../dataset/query';
import type { Dataset, Figure } from '../dataset/schema';
import { formatValueLong } from '../money/format';
import { absoluteUrl } from '../site';
import { figureCitationItems, figureCitationTitle } from './items';
import type { RenderedCitation } from './rendered-citation';
import { renderCitation } from './render';

export function citeFigure(ds: Dataset, f: Figure): RenderedCitation {
  const entity = findEntity(ds, f.entity)?.name ?? f.entity;
  const title = figureCitationTitle(entity, metricLabel(f), f.period.label, formatValueLong(f.value, f.qualifier));
  // A derived figure quotes no article itself: it rests on the articles of the figures it is computed from.
  const citations = f.citations.length > 0 ? f.citations : derivationInputs(ds, f).flatMap((input) => input.citations);
  return renderCitation(
    figureCitationItems(
      f,
      { title, url: absoluteUrl(figureHref(ds, f)) },
      citations.map((c) => getSource(ds, c.source)),
      { ...ds.meta, siteName: siteName(ds) },
    ),
  );
}
