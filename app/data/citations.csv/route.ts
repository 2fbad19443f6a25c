import { getDataset } from '@/server/data';
import { citationsCsv } from '@/lib/downloads/csv';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(citationsCsv(getDataset()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
