import type { Metadata } from 'next';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { colorTokenFor, latestPlanOf, primaryEntities } from '@/server/data';
import { countWord } from '@/lib/dataset/prose';
import { formatValueShort } from '@/lib/money/format';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** The site's 404: says what exists instead, starting with the company views. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16 sm:px-6">
        <div className="max-w-2xl py-14">
          <p className="text-sm font-medium text-muted">404 · Page not found</p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight">There is no page at this address</h1>
          <p className="mt-3 text-muted">
            The dashboard covers {countWord(primaryEntities().length)} companies and projects. If you followed a link to
            a company, it is probably one of these:
          </p>
          <ul className="mt-6 divide-y divide-line rounded-xl border border-line" aria-label="Companies">
            {primaryEntities().map((e) => {
              const f = latestPlanOf(e).figure;
              return (
                <li key={e.slug}>
                  <a
                    href={`/companies/${e.slug}`}
                    className="flex items-center justify-between gap-4 px-4 py-3 text-ink no-underline hover:bg-raised"
                  >
                    <span className="flex items-center gap-2 font-medium">
                      <span
                        aria-hidden
                        className="inline-block size-2.5 rounded-sm"
                        style={{ background: `var(${colorTokenFor(e.slug)})` }}
                      />
                      {e.name}
                    </span>
                    <span className="num text-muted">
                      {formatValueShort(f.value, f.qualifier)} · {f.period.label}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
          <p className="mt-6">
            Or go to the <a href="/">overview</a>, the <a href="/sources">sources</a> or the{' '}
            <a href="/methodology">methodology</a>.
          </p>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
