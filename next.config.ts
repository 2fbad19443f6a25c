import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  experimental: {
    // The stylesheet (~7 kB gzip, Tailwind) goes into each page's <head>: one render-blocking round trip
    // fewer on a first visit, which is most of what separates our LCP from a plain HTML page's (bench/).
    inlineCss: true,
  },
};

export default nextConfig;
