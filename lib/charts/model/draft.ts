/**
 * What chart builders (lib/charts/model/builders/) draft rows from: a figure of the
 * dataset made into a complete chart value, with its citations, so no output
 * goes back to the dataset.
 */
import { CONFIDENCE_LABEL, MEASURE_LABEL, formatStatement } from '../../dataset/labels';
import type { Dataset, Figure } from '../../dataset/schema';
import { formatValueLong, formatValueShort } from '../../money/format';
import { colorTokenFor, getEntity, getFigure, getSource } from '../../dataset/query';
import { isDimmed } from './dimming';
import type { View } from '../../url/view';
import { figureEvidence } from '../../dataset/evidence';
import type { ChartCitation, ChartMarker, ChartRow, ChartValue, MarkerKind } from './types';

function citationsOf(ds: Dataset, f: Figure): ChartCitation[] {
  return f.citations.map((c) => {
    const s = getSource(ds, c.source);
    return {
      sourceId: s.id,
      evidence: s.kind === 'article' ? 'quoted' : 'reported',
      publisher: s.publisher,
      headline: s.headline,
      published: s.published,
      url: s.url,
      quote: c.quote ?? null,
      role: c.role,
    };
  });
}

export function valueOf(ds: Dataset, f: Figure): ChartValue {
  const citations = citationsOf(ds, f);
  return {
    figureId: f.id,
    entity: f.entity,
    low: f.value.low,
    high: f.value.high,
    qualifier: f.qualifier,
    kind: f.kind,
    period: f.period.label,
    formula: f.derivation?.description ?? null,
    stated: formatStatement(f.stated),
    statedOn: f.stated.on,
    measure: f.measure ? MEASURE_LABEL[f.measure] : null,
    confidence: f.confidence ? CONFIDENCE_LABEL[f.confidence] : null,
    evidence: figureEvidence(f, (id) => getSource(ds, id).kind),
    valueLabel: formatValueShort(f.value, f.qualifier),
    valueText: formatValueLong(f.value, f.qualifier),
    citations,
  };
}

export interface RowInput {
  figure: Figure;
  label: string;
  sublabel: string;
  markers?: ChartMarker[];
  note?: string | null;
  /** What was spent, drawn in the actual's colour rather than its company's (./builders/plan-history.ts). */
  actual?: boolean;
}

/** The colour of what was spent, beside plans in their company's colour (app/globals.css). */
export const ACTUAL_COLOR_TOKEN = '--color-actual';

export function row(ds: Dataset, input: RowInput, view: View, key: string): ChartRow {
  const f = input.figure;
  const entity = getEntity(ds, f.entity);
  const value = valueOf(ds, f);
  const valueText = value.valueText;
  return {
    ...value,
    key,
    label: input.label,
    sublabel: input.sublabel,
    // Where the sources are not two that agree, the row says so, as its card does.
    note: [input.note, value.confidence].filter(Boolean).join(' · ') || null,
    colorToken: input.actual ? ACTUAL_COLOR_TOKEN : colorTokenFor(ds, entity.slug),
    markers: input.markers ?? [],
    style: f.kind === 'derived' ? 'derived' : 'solid',
    dimmed: isDimmed(entity.slug, view.options.highlight),
    ariaLabel: `${input.label}, ${input.sublabel.replaceAll(' · ', ', ')}: ${valueText}. Show sources.`,
  };
}

export function marker(ds: Dataset, figureId: string, mark: MarkerKind, name: string): ChartMarker {
  const value = valueOf(ds, getFigure(ds, figureId));
  return { ...value, mark, name, label: `${name}: ${value.valueLabel}` };
}

/** "Anzali", "Anzali and Quartz": who reports a figure. */
export function publishersOf(ds: Dataset, figureId: string): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format([
    ...new Set(citationsOf(ds, getFigure(ds, figureId)).map((c) => c.publisher)),
  ]);
}
