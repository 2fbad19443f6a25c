/**
 * The overview's controls as HTML: which year, which companies are shown, the
 * highlighted company, and a link to this view. They need the page's script
 * (browser/overview.ts), so they are disabled until it takes them over; the
 * basis and Chart/Table switches of ChartBlock work without it. With many
 * companies the filter folds into a disclosure, with Select all and Clear.
 */
import { SwitchLegend } from '@/components/charts/SwitchLegend';
import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import { data } from '@/lib/markup-contract';
import { URL_PARAMS } from '@/lib/url/params';

/** Up to this many companies are switched by a row of pills; more fold into a disclosure, listed in columns. */
const INLINE_COMPANIES = 8;

interface Props {
  blockId: string;
  /** Every company, in display order, with the years it has plans for. */
  companies: { slug: string; name: string; colorToken: string; years: string[] }[];
  /** The years with plans, oldest first; the newest is the default. */
  years: string[];
  /** The page's canonical absolute URL, for "Copy link". */
  canonical: string;
}

export function OverviewControls({ blockId, companies, years, canonical }: Props) {
  const boxes = companies.map((c) => (
    <label key={c.slug} {...data({ entity: c.slug, years: c.years.join(' ') })}>
      <input type="checkbox" name={`${blockId}-companies`} value={c.slug} defaultChecked />
      <span>
        <i
          aria-hidden
          className="mr-1.5 inline-block size-2 rounded-sm align-middle"
          style={{ background: `var(${c.colorToken})` }}
        />
        {c.name}
      </span>
    </label>
  ));
  const many = companies.length > INLINE_COMPANIES;
  return (
    <div className="mt-3" {...data({ overviewControls: 'loading', blockId })}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        {years.length > 1 && (
          <label className="flex items-center gap-2 text-sm text-muted">
            {URL_PARAMS.year.label}
            <select
              className="rounded-md border border-line bg-page px-2 py-1 text-sm text-ink"
              {...data({ control: 'year' })}
              defaultValue=""
              disabled
            >
              {/* The newest is the default, and stays out of the URL. */}
              <option value="">{years[years.length - 1]} (latest)</option>
              {years
                .slice(0, -1)
                .reverse()
                .map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
            </select>
          </label>
        )}
        {many ? (
          <details className="company-filter relative">
            <summary className="share-button company-filter-summary" {...data({ control: 'companiesSummary' })}>
              {URL_PARAMS.companies.label}: all {companies.length} companies
            </summary>
            <fieldset className="segmented company-filter-panel" {...data({ control: 'companies' })} disabled>
              <SwitchLegend>{URL_PARAMS.companies.label}</SwitchLegend>
              <div className="company-filter-actions">
                <button type="button" className="share-button" {...data({ control: 'allCompanies' })}>
                  Select all
                </button>
                <button type="button" className="share-button" {...data({ control: 'noCompanies' })}>
                  Clear
                </button>
              </div>
              <div className="company-filter-grid">{boxes}</div>
            </fieldset>
          </details>
        ) : (
          <fieldset className="segmented" {...data({ control: 'companies' })} disabled>
            <SwitchLegend>{URL_PARAMS.companies.label}</SwitchLegend>
            {boxes}
          </fieldset>
        )}
        <label className="flex items-center gap-2 text-sm text-muted">
          {URL_PARAMS.highlight.label}
          <select
            className="rounded-md border border-line bg-page px-2 py-1 text-sm text-ink"
            {...data({ control: 'highlight' })}
            defaultValue=""
            disabled
          >
            <option value="">None</option>
            {companies.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="share-button" {...data({ copyUrl: canonical, copyQuery: '' })}>
          Copy link to this view
        </button>
      </div>
      <IgnoredParamsNotice className="mt-3" />
    </div>
  );
}
