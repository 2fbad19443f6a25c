/** The pages the bench measures, from the data: the company with the most charts (the longest page), the newest plans' embed. */
import { chartSlug } from '@/lib/charts/model/keys';
import { pageCharts } from '@/lib/charts/model/page-charts';
import { bakedViews } from '@/lib/charts/model/baked-views';
import { viewKey } from '@/lib/charts/model/keys';
import { viewFor } from '@/lib/charts/model/registry';
import { loadDataset } from '@/server/dataset';
import { latestPlanYear, primaryEntities } from '@/lib/dataset/query';
import { datasetDir } from '@/server/dataset';

export const DATASET = loadDataset(datasetDir()).dataset!;
export const LONGEST_COMPANY = `/companies/${[...primaryEntities(DATASET)].sort((a, b) => pageCharts(DATASET, b.slug).length - pageCharts(DATASET, a.slug).length)[0]!.slug}`;
export const PLANS_KEY = viewKey(bakedViews(DATASET, 'capex')[0]!);
export const PLANS_EMBED = `/embed/${chartSlug(viewFor(DATASET, 'capex', { year: latestPlanYear(DATASET) }))}`;
