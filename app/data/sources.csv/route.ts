import { getDataset } from '@/server/data';
import { sourcesCsv } from '@/lib/downloads/csv';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(sourcesCsv(getDataset()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
