import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { geistSans } from '@/app/fonts/geist';
import { CardUnavailableTemplate } from '@/components/figures/CardUnavailableTemplate';
import { datasetMeta, siteName } from '@/server/data';
import { pageScriptSrc, viewRendererFiles } from '@/server/generated';
import { feedAlternate } from '@/server/metadata';
import { FIRST_PAINT_SCRIPT } from '@/lib/html/first-paint';
import { data } from '@/lib/markup-contract';
import { SITE_URL } from '@/lib/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const meta = datasetMeta();
  const name = siteName();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${name} · Big Tech’s AI spending, every figure sourced`, template: `%s · ${name}` },
    description: meta.description,
    applicationName: name,
    // Pages that set their own alternates repeat the feed (server/metadata.ts): Next replaces, not merges, them.
    alternates: { types: feedAlternate() },
    // public/icon.svg, served as it is.
    icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0d0d12' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-theme may be set before the page script runs, by an embed's inline theme script.
    <html lang="en" className={geistSans.variable} suppressHydrationWarning>
      <body className="min-h-dvh bg-page font-sans text-ink antialiased">
        {/* A constant line, allowed by its hash, run before the first paint: see lib/html/first-paint.ts. */}
        <script
          {...data({ viewRenderer: viewRendererFiles().join(' ') })}
          dangerouslySetInnerHTML={{ __html: FIRST_PAINT_SCRIPT }}
        />
        {children}
        <CardUnavailableTemplate />
        {/* The pages' only script (browser/page-script.ts); the build removes Next's runtime (lib/html/strip-framework-runtime.ts). */}
        <script type="module" src={pageScriptSrc()} />
      </body>
    </html>
  );
}
