import { datasetMeta, getDataset } from '@/server/data';
import { sourcesPhrase } from '@/lib/dataset/prose';
import { formatDate } from '@/lib/dataset/labels';
import { DOWNLOADS } from '@/lib/downloads/csv';

export function SiteFooter() {
  const meta = datasetMeta();
  return (
    <footer className="site-footer border-t border-line bg-raised">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-2 sm:px-6">
        <div className="space-y-2">
          <p>
            Data as of <time dateTime={meta.asOf}>{formatDate(meta.asOf)}</time>, from {sourcesPhrase(getDataset())}.
            Compiled <time dateTime={meta.compiled}>{formatDate(meta.compiled)}</time>.
          </p>
          <p>
            Every figure is dated and links to its evidence: the sentence of an archived article, or the reports that
            carry the statement. Amounts in US dollars, as reported.
          </p>
          <p>
            Dataset version {meta.version} (<a href="/changelog">changelog</a>).
          </p>
        </div>
        <nav aria-label="Data downloads">
          <h2 className="mb-2 font-medium text-ink">Download the data</h2>
          <ul className="space-y-1">
            {DOWNLOADS.map((d) => (
              <li key={d.href}>
                <a href={d.href} download>
                  {d.label}
                </a>{' '}
                <span>— {d.description}</span>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
