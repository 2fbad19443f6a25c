/**
 * What a citation says, as CSL-JSON items (the format reference managers
 * import, and the input of every style): pure functions of a chart's spec or
 * a figure and its sources. The rendered styles (lib/citations/render.ts),
 * the BibTeX and the CSL-JSON download are all made from these items.
 *
 * Data rules:
 *  - The dashboard is the author and the item is a dataset with no issued
 *    date, because the view it links to follows the latest release: APA's
 *    rule for a dashboard is "(n.d.)" with a retrieval date, Chicago's is
 *    "n.d." with an access date. What pins the numbers down is the dataset's
 *    version and as-of date, which every citation states in `genre`, the one
 *    field that APA, Chicago and BibTeX all print (CSL's `version` is left
 *    out: APA would print it twice and Chicago not at all).
 *  - A figure's citation cites the figure on the dashboard and each article
 *    it rests on, so the article can be cited as the primary source.
 */
import type { Figure, Source } from '../dataset/schema';
import { ACCESS_DATE_SENTINEL, cslDate } from './access-date';

export interface CslDate {
  'date-parts': number[][];
}

/** The subset of CSL-JSON 1.0 these citations use. */
export interface CslItem {
  id: string;
  type: 'dataset' | 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  genre?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL?: string;
}

/** The dataset release a citation names, and the site that publishes it (its author). */
export interface CitedRelease {
  siteName: string;
  version: string;
  /** ISO date the data describes. */
  asOf: string;
}

const usDate = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "Interactive chart, dataset version 1.0.0, data as of February 7, 2025". */
export function releaseGenre(what: string, release: CitedRelease): string {
  return `${what}, dataset version ${release.version}, data as of ${usDate.format(new Date(`${release.asOf}T00:00:00Z`))}`;
}

/** A stable id (and BibTeX key) per cited thing: ascii letters, digits and dashes. */
function citationId(...parts: string[]): string {
  return ['aicapex', ...parts].join('-').replace(/[^A-Za-z0-9-]+/g, '-');
}

function dashboardItem(id: string, title: string, what: string, url: string, release: CitedRelease): CslItem {
  return {
    id,
    type: 'dataset',
    title,
    author: [{ literal: release.siteName }],
    genre: releaseGenre(what, release),
    accessed: cslDate(ACCESS_DATE_SENTINEL),
    URL: url,
  };
}

/** A chart view: its title, the view's permalink (absolute), the release. */
export function chartCitationItems(
  chart: { key: string; title: string; url: string },
  release: CitedRelease,
): CslItem[] {
  return [dashboardItem(citationId(chart.key), chart.title, 'Interactive chart', chart.url, release)];
}

/** An article or a report as CSL: the headline, the publisher as the newspaper, its date (day or month, if it has one) and address. */
export function sourceItem(s: Pick<Source, 'id' | 'publisher' | 'headline' | 'published' | 'url'>): CslItem {
  return {
    id: citationId('source', s.id),
    type: 'article-newspaper',
    title: s.headline,
    'container-title': s.publisher,
    ...(s.published ? { issued: { 'date-parts': [s.published.split('-').map(Number)] } } : {}),
    accessed: cslDate(ACCESS_DATE_SENTINEL),
    ...(s.url ? { URL: s.url } : {}),
  };
}

/** "Amazon, capital expenditure, 2025: about $100B": what the figure is and its value, in words. */
export function figureCitationTitle(entityName: string, metric: string, period: string, value: string): string {
  return `${entityName}, ${metric.charAt(0).toLowerCase()}${metric.slice(1)}, ${period}: ${value}`;
}

/** A figure: the dashboard's entry for it, then every article it rests on (each once, in citation order). */
export function figureCitationItems(
  f: Pick<Figure, 'id'>,
  figure: { title: string; url: string },
  sources: readonly Pick<Source, 'id' | 'publisher' | 'headline' | 'published' | 'url'>[],
  release: CitedRelease,
): CslItem[] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return [
    dashboardItem(citationId('figure', f.id), figure.title, 'Figure', figure.url, release),
    ...unique.map(sourceItem),
  ];
}
