/**
 * Questions the pages ask of the dataset, as pure functions of a Dataset.
 * server/data.ts binds them to the dataset loaded from data/.
 */
import { actualOf, currentPlan, planYearsFrom, statementSpan } from './claims';
import { colorTokenOf } from './colors';
import { derivationInputIds } from './derive';
import type { Vocabulary } from '../url/params';
import { METRICS } from './enums';
import type { Dataset, Disagreement, Entity, Figure, Source } from './schema';

/** The entities the dashboard compares, in the order data/entities.json lists them. */
export function primaryEntities(ds: Pick<Dataset, 'entities'>): Entity[] {
  return ds.entities.filter((e) => e.role === 'primary');
}

export function isPrimarySlug(ds: Pick<Dataset, 'entities'>, slug: string): boolean {
  return ds.entities.some((e) => e.slug === slug && e.role === 'primary');
}

/** Every year some entity has a plan for, oldest first: the plans chart's years. */
export function planYears(ds: Pick<Dataset, 'entities'>): string[] {
  return [...new Set(ds.entities.flatMap((e) => Object.keys(e.plans)))].sort();
}

/** The newest of them: the plans chart's default year. */
export function latestPlanYear(ds: Pick<Dataset, 'entities'>): string {
  const latest = planYears(ds).at(-1);
  if (latest === undefined) throw new Error('The dataset has no plans');
  return latest;
}

/**
 * A year's plans: each primary entity that has one, in order, with its figure as the plan stands in this
 * dataset (its newest statement: lib/dataset/claims.ts; cut to a day, the plan as it stood then).
 */
export function plansOf(ds: Dataset, year: string): { entity: Entity; figure: Figure }[] {
  return primaryEntities(ds).flatMap((entity) => {
    const figure = currentPlan(ds, entity, year);
    return figure ? [{ entity, figure }] : [];
  });
}

/** An entity's newest plan as it stands: what sums it up (its page's headline), and the year of the plans chart it is shown in. */
export function latestPlanOf(ds: Dataset, entity: Entity): { year: string; figure: Figure } {
  const year = Object.keys(entity.plans).sort().at(-1);
  const figure = year === undefined ? undefined : currentPlan(ds, entity, year);
  if (year === undefined || !figure) throw new Error(`${entity.name} has no plan`);
  return { year, figure };
}

/** An entity's latest plan as this dataset has it (cut to a day: as it stood then), or undefined if it has none. */
export function latestPlanAt(ds: Dataset, slug: string): Figure | undefined {
  const entity = findEntity(ds, slug);
  const year = entity && Object.keys(entity.plans).sort().at(-1);
  return entity && year !== undefined ? currentPlan(ds, entity, year) : undefined;
}

/** The years whose spending has been reported for some company's plan, with the day the first was: plans against actuals. */
export function actualYearsFrom(ds: Dataset): Record<string, string> {
  const from: Record<string, string> = {};
  for (const year of planYears(ds))
    for (const { figure } of plansOf(ds, year)) {
      const on = actualOf(ds, figure)?.stated.on;
      const known = from[year];
      if (on !== undefined && (known === undefined || on < known)) from[year] = on;
    }
  return from;
}

/** The colour token an entity is drawn in (lib/dataset/colors.ts). */
export function colorTokenFor(ds: Pick<Dataset, 'entities'>, slug: string): string {
  return colorTokenOf(ds.entities, slug);
}

/** "2025", "2025–2026": the years the dashboard covers. */
export function yearsLabel(ds: Pick<Dataset, 'entities'>): string {
  const years = planYears(ds);
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? '');
}

/** The site's name, which says the years it covers: "AI Capex 2025". */
export function siteName(ds: Pick<Dataset, 'entities'>): string {
  return `AI Capex ${yearsLabel(ds)}`;
}

/*
 * Lookups by id, one name per record type: `find…` when the id may be missing (a URL's slug, an optional
 * link) and returns undefined; `get…` when it must exist (the data check guarantees every reference) and
 * throws, naming the id, if it does not.
 */

export function findEntity(ds: Pick<Dataset, 'entities'>, slug: string): Entity | undefined {
  return ds.entities.find((e) => e.slug === slug);
}

export function getEntity(ds: Pick<Dataset, 'entities'>, slug: string): Entity {
  const e = findEntity(ds, slug);
  if (!e) throw new Error(`Unknown entity "${slug}"`);
  return e;
}

export function findFigure(ds: Pick<Dataset, 'figures'>, id: string): Figure | undefined {
  return ds.figures.find((x) => x.id === id);
}

export function getFigure(ds: Pick<Dataset, 'figures'>, id: string): Figure {
  const f = findFigure(ds, id);
  if (!f) throw new Error(`Unknown figure id "${id}"`);
  return f;
}

export function getSource(ds: Pick<Dataset, 'sources'>, id: string): Source {
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

/** Sources by publication date (undated reports last), then publisher. */
export function sourcesByDate(ds: Dataset): Source[] {
  return [...ds.sources].sort(
    (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.publisher.localeCompare(b.publisher),
  );
}

/** Where a figure is shown in full: its company page, or the overview's context section. */
export function figureHref(ds: Dataset, figure: Figure): string {
  const entity = findEntity(ds, figure.entity);
  return entity?.role === 'primary' ? `/companies/${entity.slug}#${figure.id}` : `/#${figure.id}`;
}

/**
 * The values a URL may take that come from the data (lib/url/params.ts): the companies, the years with plans
 * and with actuals (each with the day it first had one), and the span of days a view may be drawn as of.
 */
export function viewVocabulary(ds: Dataset): Vocabulary {
  const actualFrom = actualYearsFrom(ds);
  return {
    companies: primaryEntities(ds).map((e) => e.slug),
    years: planYears(ds),
    yearsFrom: planYearsFrom(ds),
    actualYears: Object.keys(actualFrom).sort(),
    actualYearsFrom: actualFrom,
    stated: statementSpan(ds),
  };
}
