import { primaryEntities } from '@/lib/data';

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <a href="/" className="text-base font-semibold tracking-tight text-ink no-underline">
          AI Capex 2025
        </a>
        <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {primaryEntities().map((e) => (
            <a key={e.slug} href={`/companies/${e.slug}`} className="text-muted no-underline hover:text-ink">
              {e.name}
            </a>
          ))}
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
