/**
 * The overview's controls as HTML: which companies are shown, the highlighted
 * company, and a link to this view. They need the page's script
 * (browser/overview.ts), so they are disabled until it takes them over;
 * the Stargate and Chart/Table switches of ChartBlock work without it.
 */
import { SwitchLegend } from '@/components/charts/SwitchLegend';
import { IgnoredParamsNotice } from '@/components/site/IgnoredParamsNotice';
import type { PrimarySlug } from '@/lib/dataset/slugs';
import { data } from '@/lib/markup-contract';
import { URL_PARAMS } from '@/lib/url/params';

interface Props {
  blockId: string;
  companies: { slug: PrimarySlug; name: string; colorToken: string }[];
  /** The page's canonical absolute URL, for "Copy link". */
  canonical: string;
}

export function OverviewControls({ blockId, companies, canonical }: Props) {
  return (
    <div className="mt-3" {...data({ overviewControls: 'loading', blockId })}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <fieldset className="segmented" {...data({ control: 'companies' })} disabled>
          <SwitchLegend>{URL_PARAMS.companies.label}</SwitchLegend>
          {companies.map((c) => (
            <label key={c.slug}>
              <input type="checkbox" name={`${blockId}-companies`} value={c.slug} defaultChecked />
              <span>
                <i aria-hidden className="mr-1.5 inline-block size-2 rounded-sm align-middle" style={{ background: `var(${c.colorToken})` }} />
                {c.name}
              </span>
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-sm text-muted">
          {URL_PARAMS.highlight.label}
          <select className="rounded-md border border-line bg-page px-2 py-1 text-sm text-ink" {...data({ control: 'highlight' })} defaultValue="" disabled>
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
