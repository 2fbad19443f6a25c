import { getSource } from '@/server/data';
import { formatPublished } from '@/lib/dataset/labels';
import type { Citation } from '@/lib/dataset/schema';

/**
 * Each citation as its evidence allows: an archived article's quote, then publisher, headline and date, linking
 * to the source entry (on paper, the article's own address follows); a report by publisher, headline and date,
 * linking to the report itself, never quoted.
 */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <ul className="space-y-3">
      {citations.map((c, i) => {
        const s = getSource(c.source);
        const context = c.role === 'context' ? ' · context for the figure, not the number itself' : '';
        return (
          <li key={`${c.source}-${i}`} data-citation={c.source}>
            {s.kind === 'article' ? (
              <figure>
                <blockquote className="border-l-2 border-line pl-3 text-sm leading-relaxed text-ink">
                  “{c.quote}”
                </blockquote>
                <figcaption className="mt-1 pl-3 text-xs text-muted">
                  <a href={`/sources#${s.id}`} data-print-url={s.url ?? undefined}>
                    {s.publisher}
                  </a>
                  , <cite className="not-italic">{s.headline}</cite>, {formatPublished(s)}
                  {context}
                </figcaption>
              </figure>
            ) : (
              <p className="border-l-2 border-dashed border-line pl-3 text-sm">
                <span className="text-muted">Reported by </span>
                <a href={s.url} rel="noopener noreferrer nofollow" target="_blank" data-print-url={s.url}>
                  {s.publisher}
                </a>
                , <cite className="not-italic">{s.headline}</cite>
                <span className="text-muted">
                  , {formatPublished(s)}
                  {context}
                </span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
