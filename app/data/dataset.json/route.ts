import { getDataset } from '@/server/data';
import { datasetJson } from '@/lib/downloads/csv';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(datasetJson(getDataset()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
