import { CSL_JSON_TYPE } from '@/lib/citations/access-date';
import {
  CITATION_STYLES,
  type CitationStyle,
  type RenderedCitation,
  bibtexHtml,
  markAccessDates,
  withAccessDate,
} from '@/lib/citations/rendered-citation';
import { CLASS, data } from '@/lib/markup-contract';

/** The date citations show until the page script sets the reader's today: the day they were rendered. */
const RENDERED = new Date();

interface CiteActionProps {
  /** The citation; null for a view drawn on demand, whose citation is rendered when Cite is first opened. */
  citation: RenderedCitation | null;
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
 * Rendered by Citation.js (lib/citations/render.ts): at build, or for a view
 * drawn on demand in the reader's browser when first opened (the panel says
 * so meanwhile; browser/on-demand/render-cite.tsx). The page script puts the reader's
 * today in every <time data-accessed> and in the CSL-JSON file
 * (browser/access-dates.ts).
 */
export function CiteAction({ citation, id, what, version, asOf, inline = false }: CiteActionProps) {
  return (
    <details
      className={inline ? 'chart-action cite-action cite-inline' : 'chart-action cite-action'}
      data-action="cite"
      name={inline ? undefined : `${id}-menu`}
      {...data({ citePending: citation ? null : id })}
    >
      <summary>Cite</summary>
      <div className="chart-action-panel cite-panel">
        <p className="text-xs text-muted">
          Cite {what} with the dataset’s version ({version}, data as of {asOf}) and the date you accessed it.
          {citation && citation.items.length > 1 ? ' The sources it rests on follow.' : ''}
        </p>
        {citation ? (
          <CitationStyles citation={citation} id={id} />
        ) : (
          <p className={`${CLASS.citePending} mt-2 text-sm text-muted`}>Writing the citation…</p>
        )}
      </div>
    </details>
  );
}

function CitationStyles({ citation, id }: { citation: RenderedCitation; id: string }) {
  const csl = JSON.stringify(withAccessDate(citation.items, RENDERED));
  return (
    <>
      {(Object.keys(CITATION_STYLES) as CitationStyle[]).map((style) => (
        <div key={style} className="cite-style" data-cite-style={style}>
          <p className="cite-label">{CITATION_STYLES[style].label}</p>
          <div
            id={`${id}-${style}`}
            className="cite-text"
            {...data({ copyHtml: true })}
            dangerouslySetInnerHTML={{ __html: markAccessDates(citation.html[style], RENDERED) }}
          />
          <button
            type="button"
            className="share-button"
            {...data({ copyTextFrom: `#${id}-${style}`, copiedLabel: 'Citation copied' })}
          >
            Copy {CITATION_STYLES[style].label}
          </button>
        </div>
      ))}
      <div className="cite-style" data-cite-style="bibtex">
        <p className="cite-label">BibTeX</p>
        <pre
          id={`${id}-bibtex`}
          className="cite-bibtex"
          dangerouslySetInnerHTML={{ __html: bibtexHtml(citation.bibtex, RENDERED) }}
        />
        <button
          type="button"
          className="share-button"
          {...data({ copyTextFrom: `#${id}-bibtex`, copiedLabel: 'BibTeX copied' })}
        >
          Copy BibTeX
        </button>
      </div>
      <p className="mt-2 text-sm">
        <a
          href={`data:${CSL_JSON_TYPE};charset=utf-8,${encodeURIComponent(csl)}`}
          download={`${citation.items[0]?.id ?? 'citation'}.json`}
          {...data({ cslDownload: true })}
        >
          Download CSL-JSON
        </a>{' '}
        <span className="text-xs text-muted">for Zotero, Mendeley and other reference managers</span>
      </p>
    </>
  );
}
