/**
 * The two datasets the chart model's tests draw from: the frozen release (its companies and its one year, so
 * that editing data/ never moves a test) and a grown synthetic tracker of 12 companies over 2 years.
 */
import { planYears, primaryEntities } from '../query';
import { frozenDataset } from './frozen';
import { syntheticDataset } from './synthetic';

export const frozen = frozenDataset();
/** The frozen release's compared companies, in order. */
export const frozenSlugs = primaryEntities(frozen).map((e) => e.slug);
/** The frozen release's one year of plans. */
export const frozenYear = planYears(frozen)[0]!;
export const grown = syntheticDataset({ companies: 12, years: 2 }).dataset;
