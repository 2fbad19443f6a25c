/**
 * The dataset as the site's pages see it at build: loaded once from data/ (or DATASET_DIR) and validated;
 * bad data throws a DatasetError naming file, record and field. Pages and route handlers ask these
 * functions, or pass getDataset() to the pure ones of lib/; they never read JSON.
 */
import { checkDataset } from '@/lib/dataset/checks';
import { checkColors } from '@/lib/dataset/palette-check';
import { DatasetError } from '@/lib/dataset/problems';
import * as claims from '@/lib/dataset/claims';
import * as q from '@/lib/dataset/query';
import type { Dataset, Disagreement, Entity, Figure, Source } from '@/lib/dataset/schema';
import { datasetDir, loadDataset, stylesheetTokens } from './dataset';

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  if (cached) return cached;
  const { dataset, problems } = loadDataset(datasetDir());
  if (!dataset) throw new DatasetError(problems);
  const integrity = [...checkDataset(dataset), ...checkColors(dataset, stylesheetTokens())];
  if (integrity.length > 0) throw new DatasetError(integrity);
  cached = dataset;
  return cached;
}

export const primaryEntities = (): Entity[] => q.primaryEntities(getDataset());
export const isPrimarySlug = (slug: string): boolean => q.isPrimarySlug(getDataset(), slug);
export const planYears = (): string[] => q.planYears(getDataset());
export const latestPlanYear = (): string => q.latestPlanYear(getDataset());
export const plansOf = (year: string) => q.plansOf(getDataset(), year);
export const latestPlanOf = (entity: Entity) => q.latestPlanOf(getDataset(), entity);
export const colorTokenFor = (slug: string): string => q.colorTokenFor(getDataset(), slug);
export const siteName = (): string => q.siteName(getDataset());
export const viewVocabulary = () => q.viewVocabulary(getDataset());
export const findEntity = (slug: string): Entity | undefined => q.findEntity(getDataset(), slug);
export const getFigure = (id: string): Figure => q.getFigure(getDataset(), id);
export const getSource = (id: string): Source => q.getSource(getDataset(), id);
export const figuresFor = (slug: string): Figure[] => q.figuresFor(getDataset(), slug);
export const disagreementsFor = (figureId: string): Disagreement[] => q.disagreementsFor(getDataset(), figureId);
export const figuresCiting = (sourceId: string): Figure[] => q.figuresCiting(getDataset(), sourceId);
export const derivationInputs = (f: Figure): Figure[] => q.derivationInputs(getDataset(), f);
export const sourcesByDate = (): Source[] => q.sourcesByDate(getDataset());
export const datasetMeta = () => getDataset().meta;
export const figureHref = (f: Figure): string => q.figureHref(getDataset(), f);
export const contextFigures = (): Figure[] => {
  const ds = getDataset();
  return ds.figures.filter((f) => q.findEntity(ds, f.entity)?.role === 'context');
};
export const disagreements = (): Disagreement[] => getDataset().disagreements;
/** The figures computed from others, each with how. */
export const derivedFigures = () =>
  getDataset().figures.flatMap((f) => (f.derivation ? [{ ...f, derivation: f.derivation }] : []));
export const ignoredAmounts = () => getDataset().ignoredAmounts;
export const allEntities = (): Entity[] => getDataset().entities;
/** The dataset's releases, newest first (data/changelog.json). */
export const releases = () => getDataset().changelog;
export const allFigures = () => getDataset().figures;
export const revisionOf = (f: Figure): Figure | undefined => claims.revisionOf(getDataset(), f);
export const findFigure = (id: string): Figure | undefined => q.findFigure(getDataset(), id);
