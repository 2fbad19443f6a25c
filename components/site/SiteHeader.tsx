import Link from 'next/link';
import { primaryEntities } from '@/lib/data';

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link prefetch={false} href="/" className="text-base font-semibold tracking-tight text-ink no-underline">
          AI Capex 2025
        </Link>
        <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {primaryEntities().map((e) => (
            <Link prefetch={false} key={e.slug} href={`/companies/${e.slug}`} className="text-muted no-underline hover:text-ink">
              {e.name}
            </Link>
          ))}
          <Link prefetch={false} href="/sources" className="text-muted no-underline hover:text-ink">
            Sources
          </Link>
          <Link prefetch={false} href="/methodology" className="text-muted no-underline hover:text-ink">
            Methodology
          </Link>
        </nav>
      </div>
    </header>
  );
}
