import { getSource } from '@/server/data';
import { formatPublished } from '@/lib/dataset/labels';
import type { Citation } from '@/lib/dataset/schema';

/** Each citation as the quote, then publisher, headline and date, linking to the source entry (on paper, the article's own address follows). */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <ul className="space-y-3">
      {citations.map((c, i) => {
        const s = getSource(c.source);
        return (
          <li key={`${c.source}-${i}`} data-citation={c.source}>
            <figure>
              <blockquote className="border-l-2 border-line pl-3 text-sm leading-relaxed text-ink">
                “{c.quote}”
              </blockquote>
              <figcaption className="mt-1 pl-3 text-xs text-muted">
                <a href={`/sources#${s.id}`} data-print-url={s.url ?? undefined}>
                  {s.publisher}
                </a>
                , <cite className="not-italic">{s.headline}</cite>, {formatPublished(s)}
                {c.role === 'context' ? ' · context for the figure, not the number itself' : ''}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
