/**
 * Questions the pages ask of the dataset, as pure functions of a Dataset.
 * lib/data.ts binds them to the dataset loaded from data/.
 */
import { derivationInputIds } from './derive';
import { METRICS, PRIMARY_SLUGS, type Dataset, type Disagreement, type Entity, type Figure, type PrimarySlug, type Source } from './schema';

export function isPrimarySlug(slug: string): slug is PrimarySlug {
  return (PRIMARY_SLUGS as readonly string[]).includes(slug);
}

export function primaryEntities(ds: Dataset): Entity[] {
  return PRIMARY_SLUGS.map((slug) => ds.entities.find((e) => e.slug === slug)!);
}

export function findEntity(ds: Dataset, slug: string): Entity | undefined {
  return ds.entities.find((e) => e.slug === slug);
}

/** A figure by id; an unknown id is a programming error caught at build time. */
export function getFigure(ds: Dataset, id: string): Figure {
  const f = ds.figures.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown figure id "${id}"`);
  return f;
}

export function getSource(ds: Dataset, id: string): Source {
  const s = ds.sources.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown source id "${id}"`);
  return s;
}

/** An entity's figures: capex first, then by metric order, latest period first. */
export function figuresFor(ds: Dataset, slug: string): Figure[] {
  return ds.figures
    .filter((f) => f.entity === slug)
    .sort(
      (a, b) =>
        METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) ||
        (a.segment ?? '').localeCompare(b.segment ?? '') ||
        (b.period.end ?? '').localeCompare(a.period.end ?? '') ||
        a.id.localeCompare(b.id),
    );
}

export function disagreementsFor(ds: Dataset, figureId: string): Disagreement[] {
  return ds.disagreements.filter((d) => d.figures.includes(figureId));
}

/** Figures citing a source, in dataset order. */
export function figuresCiting(ds: Dataset, sourceId: string): Figure[] {
  return ds.figures.filter((f) => f.citations.some((c) => c.source === sourceId));
}

export function derivationInputs(ds: Dataset, figure: Figure): Figure[] {
  return figure.derivation ? derivationInputIds(figure.derivation).map((id) => getFigure(ds, id)) : [];
}

/** Sources by publication date, then publisher. */
export function sourcesByDate(ds: Dataset): Source[] {
  return [...ds.sources].sort((a, b) => a.published.localeCompare(b.published) || a.publisher.localeCompare(b.publisher));
}

/** Where a figure is shown in full: its company page, or the overview's context section. */
export function figureHref(ds: Dataset, figure: Figure): string {
  const entity = findEntity(ds, figure.entity);
  return entity?.role === 'primary' ? `/companies/${entity.slug}#${figure.id}` : `/#${figure.id}`;
}
