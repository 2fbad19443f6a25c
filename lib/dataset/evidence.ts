/**
 * What a figure rests on, as the site says it everywhere (pages, cards, exports, CSVs): a sentence quoted
 * verbatim from an archived article and checked against its text; reports that carry the statement, cited but
 * not quoted; or a computation here.
 */
import type { Figure, Source } from './schema';

export const EVIDENCE = ['quoted', 'reported', 'computed'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const EVIDENCE_LABEL: Record<Evidence, string> = {
  quoted: 'Quoted',
  reported: 'Reported',
  computed: 'Computed',
};

export const EVIDENCE_DESCRIPTION: Record<Evidence, string> = {
  quoted: 'a sentence of an archived article, quoted word for word and checked against its text.',
  reported: 'the reports that carry the statement, cited by title, date and address; their text is not copied.',
  computed: 'worked out here from other figures, with the formula shown.',
};

/** A figure's evidence: computed if derived and no source states it, else quoted if an article states it, else reported. */
export function figureEvidence(
  f: Pick<Figure, 'derivation' | 'citations'>,
  kindOf: (sourceId: string) => Source['kind'],
): Evidence {
  if (f.derivation && !f.derivation.statedInSource) return 'computed';
  const kinds = f.citations.filter((c) => c.role === 'states-value').map((c) => kindOf(c.source));
  if (kinds.includes('article')) return 'quoted';
  return kinds.length ? 'reported' : 'computed';
}
