/**
 * What a release changed, figure by figure, as the changelog page and the releases feed both list it: each
 * figure named by entity, metric, period and value, with a link when the figure is still in the dataset (a
 * removed one is named by id, not linked). A figure that revises an earlier one is listed as a revision, old →
 * new; a changed figure says what changed, old → new, from the previous release's archive.
 */
import { findEntity, figureHref } from '../dataset/query';
import { formatDate, metricLabel } from '../dataset/labels';
import type { Dataset, Figure, Release } from '../dataset/schema';
import { formatValueLong } from '../money/format';

export interface ChangedFigure {
  id: string;
  /** "Amazon · Capital expenditure · 2025: about $100B"; the id alone for a removed figure. */
  label: string;
  /** The label without its value, for a row whose values stand in their own columns. */
  title: string;
  /** The figure's page address, or null once a later release removed it. */
  href: string | null;
  /** A revision's or a change's old → new: what it was, what it is, and what changed ("Revised on 23 Jul 2025"). */
  before?: string;
  after?: string;
  what?: string;
}

export interface ChangeGroup {
  kind: 'added' | 'revised' | 'changed' | 'removed';
  /** "24 figures added" */
  heading: string;
  figures: ChangedFigure[];
}

const VERB = { added: 'added', revised: 'revising an earlier one', changed: 'changed', removed: 'removed' } as const;

const valueOf = (f: Pick<Figure, 'value' | 'qualifier'>) => formatValueLong(f.value, f.qualifier);

/** The fields of a figure a reader would check, each as it reads; a field the figure lacks is absent. */
function readable(f: Figure): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    value: valueOf(f),
    period: f.period.label,
    kind: f.kind,
    stated: f.stated && `${f.stated.at}, ${formatDate(f.stated.on)}`,
    measure: f.measure,
    confidence: f.confidence,
    sources: [...new Set(f.citations.map((c) => c.source))].join(', '),
    note: f.note,
  };
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
}

/** What changed between two versions of a figure: the value old → new when it moved, and the other fields by name. */
export function figureChange(old: Figure, now: Figure): Pick<ChangedFigure, 'before' | 'after' | 'what'> {
  const [a, b] = [readable(old), readable(now)];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'value' && a[k] !== b[k]);
  const what = fields.map((k) => (a[k] === undefined ? `${k} added` : b[k] === undefined ? `${k} removed` : `${k}`));
  return { before: a.value, after: b.value, what: what.length ? `${what.join(', ')}` : 'Its wording only' };
}

/**
 * The release's figures, grouped: added, revisions (old → new), changed (from `previous`, the figures of the
 * release before it as archived, when there is one), removed.
 */
export function releaseChangeGroups(ds: Dataset, release: Release, previous: readonly Figure[] = []): ChangeGroup[] {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  const before = new Map(previous.map((f) => [f.id, f]));
  const named = (id: string): ChangedFigure => {
    const f = byId.get(id);
    if (!f) return { id, label: id, title: id, href: null };
    const title = `${findEntity(ds, f.entity)?.name ?? f.entity} · ${metricLabel(f)} · ${f.period.label}`;
    return { id, label: `${title}: ${valueOf(f)}`, title, href: figureHref(ds, f) };
  };
  const revises = (id: string) => byId.get(id)?.revises;
  const lists = {
    added: release.added.filter((id) => !revises(id)).map(named),
    revised: release.added.flatMap((id): ChangedFigure[] => {
      const f = byId.get(id);
      if (!f?.revises) return [];
      const old = byId.get(f.revises);
      return [
        {
          ...named(id),
          before: old ? `${valueOf(old)} (${formatDate(old.stated.on)})` : f.revises,
          after: valueOf(f),
          what: `Revised on ${formatDate(f.stated.on)}, ${f.stated.at}`,
        },
      ];
    }),
    changed: release.changed.map((id): ChangedFigure => {
      const [old, now] = [before.get(id), byId.get(id)];
      return old && now ? { ...named(id), ...figureChange(old, now) } : named(id);
    }),
    removed: release.removed.map(named),
  };
  return (['added', 'revised', 'changed', 'removed'] as const)
    .filter((kind) => lists[kind].length > 0)
    .map((kind) => ({
      kind,
      heading: `${lists[kind].length} ${lists[kind].length === 1 ? 'figure' : 'figures'} ${VERB[kind]}`,
      figures: lists[kind],
    }));
}
