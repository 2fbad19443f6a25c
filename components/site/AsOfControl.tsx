import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import { formatDate } from '@/lib/dataset/labels';
import { data } from '@/lib/markup-contract';
import { datasetMeta } from '@/server/data';

/**
 * The date control of a page that can be seen as it stood on a day (the overview, a company page): a form that
 * asks for `asof`, between the first statement and the day before the latest (the latest is today's view). It
 * is invisible until the page script runs (in its place: nothing moves), since only the script can draw a page
 * as of a day; the script keeps the page's other choices in the address. The notice says when a day was dropped.
 */
export function AsOfControl({ path, first, last }: { path: string; first: string; last: string }) {
  const dayBefore = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return (
    <form method="get" action={path} className="as-of-control mt-4 text-sm" {...data({ control: 'asof' })}>
      <label className="inline-flex flex-wrap items-center gap-2">
        <span className="text-muted">See it as it stood on</span>
        <input type="date" name="asof" min={first} max={dayBefore} required className="date-input" />
      </label>
      <button type="submit" className="share-button ml-2">
        Show
      </button>
      <span className="ml-2 text-xs text-muted">
        from {formatDate(first)}; today’s data is of {formatDate(last)}
      </span>
      <IgnoredParamsNotice className="mt-2" />
    </form>
  );
}

/**
 * Where a page as of a day says so (browser/as-of.ts fills the day and shows it): what it shows, and a link to
 * today's page. Hidden on today's page.
 */
export function AsOfBanner() {
  // Today's day until the script fills in the page's: a <time> holds a valid date from the start.
  const { asOf } = datasetMeta();
  return (
    <p className="as-of-banner" role="status" hidden {...data({ asOfBanner: true })}>
      <strong>
        As it stood on{' '}
        <time dateTime={asOf} {...data({ asOfDay: true })}>
          {formatDate(asOf)}
        </time>
      </strong>
      <span>: every chart, figure and file shows only what had been stated by then. </span>
      <a href="./" {...data({ asOfToday: true })}>
        See today’s data
      </a>
    </p>
  );
}
