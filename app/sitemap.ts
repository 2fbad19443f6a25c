import type { MetadataRoute } from 'next';
import { datasetMeta, primaryEntities } from '@/server/data';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = datasetMeta().compiled;
  return [
    { url: absoluteUrl('/'), lastModified, priority: 1 },
    ...primaryEntities().map((e) => ({ url: absoluteUrl(`/companies/${e.slug}`), lastModified, priority: 0.8 })),
    { url: absoluteUrl('/sources'), lastModified, priority: 0.6 },
    { url: absoluteUrl('/methodology'), lastModified, priority: 0.5 },
    { url: absoluteUrl('/changelog'), lastModified, priority: 0.3 },
  ];
}
