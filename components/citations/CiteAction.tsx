import { CITATION_STYLES, type CitationStyle, type RenderedCitation, bibtexHtml, markAccessDates, withAccessDate } from '@/lib/citations/render';
import { CSL_JSON_TYPE } from '@/lib/citations/access-date';

/** The date citations show until the page script sets the reader's today: the build's. */
const BUILT = new Date();

interface CiteActionProps {
  citation: RenderedCitation;
  /** Unique on the page: prefixes the ids the Copy buttons point at. */
  id: string;
  /** What is cited, for the panel's first line: "this chart", "this figure". */
  what: string;
  version: string;
  asOf: string;
  /** The panel flows in the page (cards, figure entries, embeds) instead of dropping down over it. */
  inline?: boolean;
}

/**
 * "Cite": the citation of a chart view or a figure in APA and Chicago
 * (author-date), as BibTeX, and as a CSL-JSON file for reference managers.
 * Rendered at build (lib/citations/render.ts); the page script puts the
 * reader's today in every <time data-accessed> and in the CSL-JSON file
 * (browser/access-dates.ts).
 */
export function CiteAction({ citation, id, what, version, asOf, inline = false }: CiteActionProps) {
  const csl = JSON.stringify(withAccessDate(citation.items, BUILT));
  return (
    <details className={inline ? 'chart-action cite-action cite-inline' : 'chart-action cite-action'} data-action="cite" name={inline ? undefined : `${id}-menu`}>
      <summary>Cite</summary>
      <div className="chart-action-panel cite-panel">
        <p className="text-xs text-muted">
          Cite {what} with the dataset’s version ({version}, data as of {asOf}) and the date you accessed it.
          {citation.items.length > 1 ? ' The articles it rests on follow.' : ''}
        </p>
        {(Object.keys(CITATION_STYLES) as CitationStyle[]).map((style) => (
          <div key={style} className="cite-style" data-cite-style={style}>
            <p className="cite-label">
              {CITATION_STYLES[style].label}
            </p>
            <div
              id={`${id}-${style}`}
              className="cite-text"
              data-copy-html
              dangerouslySetInnerHTML={{ __html: markAccessDates(citation.html[style], BUILT) }}
            />
            <button type="button" className="share-button" data-copy-text-from={`#${id}-${style}`} data-copied-label="Citation copied">
              Copy {CITATION_STYLES[style].label}
            </button>
          </div>
        ))}
        <div className="cite-style" data-cite-style="bibtex">
          <p className="cite-label">
            BibTeX
          </p>
          <pre id={`${id}-bibtex`} className="cite-bibtex" dangerouslySetInnerHTML={{ __html: bibtexHtml(citation.bibtex, BUILT) }} />
          <button type="button" className="share-button" data-copy-text-from={`#${id}-bibtex`} data-copied-label="BibTeX copied">
            Copy BibTeX
          </button>
        </div>
        <p className="mt-2 text-sm">
          <a href={`data:${CSL_JSON_TYPE};charset=utf-8,${encodeURIComponent(csl)}`} download={`${citation.items[0]!.id}.json`} data-csl-download>
            Download CSL-JSON
          </a>{' '}
          <span className="text-xs text-muted">for Zotero, Mendeley and other reference managers</span>
        </p>
      </div>
    </details>
  );
}
