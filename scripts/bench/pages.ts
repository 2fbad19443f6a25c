/** The pages the bench measures, from the data: the company with the most charts (the longest page), the newest plans' embed. */
import { chartSlug } from '../../lib/charts/model/keys';
import { pageCharts } from '../../lib/charts/model/page-charts';
import { chartVariants } from '../../lib/charts/model/variants';
import { loadDataset } from '../../lib/dataset/load';
import { latestPlanYear, primaryEntities } from '../../lib/dataset/query';
import { datasetDir } from '../../lib/dataset/run-check';

export const DATASET = loadDataset(datasetDir()).dataset!;
export const LONGEST_COMPANY = `/companies/${[...primaryEntities(DATASET)].sort((a, b) => pageCharts(DATASET, b.slug).length - pageCharts(DATASET, a.slug).length)[0]!.slug}`;
export const PLANS_KEY = chartVariants(DATASET, 'capex')[0]!.key;
export const PLANS_EMBED = `/embed/${chartSlug('capex', { year: latestPlanYear(DATASET) })}`;
