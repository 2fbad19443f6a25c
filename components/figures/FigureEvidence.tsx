import { CitationList } from '@/components/figures/CitationList';
import { DisagreementNotes, FigureFacts } from '@/components/figures/FigureFacts';
import type { Figure } from '@/lib/dataset/schema';

/** What backs a figure, as its entry and its card show it: its facts, where sources disagree, and every citation. */
export function FigureEvidence({ figure: f, sourcesHeading = false }: { figure: Figure; sourcesHeading?: boolean }) {
  return (
    <>
      <div className="mt-2">
        <FigureFacts figure={f} />
      </div>
      <DisagreementNotes figure={f} />
      {f.citations.length > 0 && (
        <div className="mt-3">
          {sourcesHeading && (
            <h3 className="mb-2 text-sm font-medium">
              {f.citations.length === 1 ? 'Source' : `${f.citations.length} sources`}
            </h3>
          )}
          <CitationList citations={f.citations} />
        </div>
      )}
    </>
  );
}
