/**
 * The two datasets the chart model's tests draw from: the frozen release (its companies and years, so that
 * editing data/ never moves a test) and a grown synthetic tracker of 12 companies over 2 years.
 */
import { planYears, primaryEntities } from '../query';
import { frozenDataset } from './frozen';
import { syntheticDataset } from './synthetic';

export const frozen = frozenDataset();
/** The frozen release's compared companies, in order. */
export const frozenSlugs = primaryEntities(frozen).map((e) => e.slug);
/** The frozen release's first year of plans. */
export const frozenYear = planYears(frozen)[0]!;
export const grown = syntheticDataset({ companies: 12, years: 2 }).dataset;
/**
 * The fixture of dated claims: a synthetic tracker whose plans move. Three companies over two years, each
 * company-year's plan stated four times (a plan, revised in April, July and October, each by 5%), and each
 * year but the last with what was spent, reported the next February.
 */
export const datedClaims = syntheticDataset({ companies: 3, years: 2, statements: 4 }).dataset;
/**
 * The day the frozen release's archived articles were published (its newest article's date): the dataset as
 * of that day is what releases 1.x held, the first plans of its first year.
 */
export const articlesDay = frozen.sources
  .filter((s) => s.kind === 'article')
  .map((s) => s.published)
  .sort()
  .at(-1)!;
/** A view's choices for the first plans, as releases 1.x had them: the first year, as of the articles' day. */
export const firstPlans = { year: frozenYear, asof: articlesDay } as const;
