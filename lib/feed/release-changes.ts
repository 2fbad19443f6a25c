/**
 * What a release changed, figure by figure, as the changelog page and the
 * releases feed both list it: each figure named by entity, metric, period and
 * value, with a link when the figure is still in the dataset (a removed one
 * is named by id, not linked).
 */
import { findEntity, figureHref } from '../dataset/query';
import { metricLabel } from '../dataset/labels';
import type { Dataset, Release } from '../dataset/schema';
import { formatValueLong } from '../money/format';

export interface ChangedFigure {
  id: string;
  /** "Amazon · Capital expenditure · 2025: about $100B"; the id alone for a removed figure. */
  label: string;
  /** The figure's page address, or null once a later release removed it. */
  href: string | null;
}

export interface ChangeGroup {
  kind: 'added' | 'changed' | 'removed';
  /** "24 figures added" */
  heading: string;
  figures: ChangedFigure[];
}

const VERB = { added: 'added', changed: 'changed', removed: 'removed' } as const;

export function releaseChangeGroups(ds: Dataset, release: Release): ChangeGroup[] {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  return (['added', 'changed', 'removed'] as const)
    .filter((kind) => release[kind].length > 0)
    .map((kind) => ({
      kind,
      heading: `${release[kind].length} ${release[kind].length === 1 ? 'figure' : 'figures'} ${VERB[kind]}`,
      figures: release[kind].map((id) => {
        const f = byId.get(id);
        if (!f) return { id, label: id, href: null };
        const entity = findEntity(ds, f.entity)?.name ?? f.entity;
        return {
          id,
          label: `${entity} · ${metricLabel(f)} · ${f.period.label}: ${formatValueLong(f.value, f.qualifier)}`,
          href: figureHref(ds, f),
        };
      }),
    }));
}
