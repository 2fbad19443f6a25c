import { getDataset } from '@/server/data';
import { figuresCsv } from '@/lib/downloads/csv';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(figuresCsv(getDataset()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
