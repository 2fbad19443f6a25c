/**
 * The site's citations: a chart view's (from its spec, so the title,
 * permalink, version and as-of date are the ones the chart shows) and a
 * figure's (with the articles it rests on). Rendered at build only.
 */
import type { ChartSpec } from '../charts/spec';
import { datasetMeta, derivationInputs, figureHref, findEntity, source } from '../data';
import { metricLabel } from '../dataset/labels';
import type { Figure } from '../dataset/schema';
import { formatValueLong } from '../money/format';
import { absoluteUrl } from '../site';
import { chartCitationItems, figureCitationItems, figureCitationTitle } from './items';
import { type RenderedCitation, renderCitation } from './render';

export function citeChart(spec: ChartSpec): RenderedCitation {
  return renderCitation(chartCitationItems({ key: spec.key, title: spec.title, url: absoluteUrl(spec.permalink) }, spec));
}

export function citeFigure(f: Figure): RenderedCitation {
  const entity = findEntity(f.entity)?.name ?? f.entity;
  const title = figureCitationTitle(entity, metricLabel(f), f.period.label, formatValueLong(f.value, f.qualifier));
  // A derived figure quotes no article itself: it rests on the articles of the figures it is computed from.
  const citations = f.citations.length > 0 ? f.citations : derivationInputs(f).flatMap((input) => input.citations);
  return renderCitation(figureCitationItems(f, { title, url: absoluteUrl(figureHref(f)) }, citations.map((c) => source(c.source)), datasetMeta()));
}
