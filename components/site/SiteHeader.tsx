import { primaryEntities, siteName } from '@/server/data';

/** Up to this many companies are linked in the header's row; more are listed under a "Companies" disclosure. */
const INLINE_COMPANIES = 6;

export function SiteHeader() {
  const companies = primaryEntities();
  const links = companies.map((e) => (
    <a key={e.slug} href={`/companies/${e.slug}`} className="text-muted no-underline hover:text-ink">
      {e.name}
    </a>
  ));
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <a href="/" className="text-base font-semibold tracking-tight text-ink no-underline">
          {siteName()}
        </a>
        <nav aria-label="Site" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
          {companies.length <= INLINE_COMPANIES ? (
            links
          ) : (
            <details className="site-companies relative">
              <summary className="cursor-pointer text-muted hover:text-ink">Companies ({companies.length})</summary>
              <div className="site-companies-list absolute left-0 z-30 mt-2 grid w-max max-w-[90vw] grid-cols-2 gap-x-6 gap-y-1 rounded-lg border border-line bg-page p-3 shadow-lg sm:grid-cols-3">
                {links}
              </div>
            </details>
          )}
          <a href="/sources" className="text-muted no-underline hover:text-ink">
            Sources
          </a>
          <a href="/methodology" className="text-muted no-underline hover:text-ink">
            Methodology
          </a>
        </nav>
      </div>
    </header>
  );
}
