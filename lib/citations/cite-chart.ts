/**
 * A chart view's citation, from its spec alone, so the title, permalink,
 * version and as-of date are the ones the view shows. Rendered at build for
 * every baked view, and in the reader's browser for a view drawn on demand.
 */
import type { ChartSpec } from '../charts/model/types';
import { absoluteUrl } from '../site';
import { chartCitationItems } from './items';
import type { RenderedCitation } from './rendered-citation';
import { renderCitation } from './render';

export function citeChart(spec: ChartSpec): RenderedCitation {
  return renderCitation(
    chartCitationItems({ key: spec.key, title: spec.title, url: absoluteUrl(spec.permalink) }, spec),
  );
}
