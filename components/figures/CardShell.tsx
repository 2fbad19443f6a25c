import type { ReactNode } from 'react';
import { CLASS, data } from '@/lib/markup-contract';

/**
 * The frame of a card a chart's bar opens: a non-modal dialog, hidden until
 * the page script shows it, with its title and a close button. Both the baked
 * citation cards (components/figures/CitationCard.tsx) and the card shown when
 * one cannot be loaded (CardUnavailableTemplate) are drawn in it.
 */
export function CardShell({
  id,
  title,
  children,
  figureId,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  figureId?: string;
}) {
  return (
    <section
      id={id}
      className={CLASS.citationCard}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      hidden
      data-card-for={figureId}
    >
      <div className="flex items-start justify-between gap-3">
        {title}
        <button type="button" className="card-close" {...data({ cardClose: true })} aria-label="Close">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {children}
    </section>
  );
}
