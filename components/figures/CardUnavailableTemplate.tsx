import { CardShell } from '@/components/figures/CardShell';
import { CARD_UNAVAILABLE_TEMPLATE } from '@/lib/charts/model/keys';

/** Shown in place of a citation card that could not be fetched (browser/citation-cards.ts clones it). */
export function CardUnavailableTemplate() {
  return (
    <template id={CARD_UNAVAILABLE_TEMPLATE}>
      <CardShell
        id="card-unavailable"
        title={
          <h2 id="card-unavailable-title" className="text-base font-semibold">
            The sources of this figure could not be loaded
          </h2>
        }
      >
        <p className="mt-2 text-sm text-muted">Check your connection, then open the bar again.</p>
      </CardShell>
    </template>
  );
}
