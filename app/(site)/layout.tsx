import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { AsOfBanner } from '@/components/site/AsOfControl';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-page focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16 sm:px-6">
        <AsOfBanner />
        {children}
      </main>
      <SiteFooter />
      <p id="share-status" role="status" aria-live="polite" className="sr-only" />
    </>
  );
}
