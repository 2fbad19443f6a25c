/**
 * The citation cards' code (./citation-cards.ts) is not in the page script: it comes, with the renderer's other
 * on-demand parts, the first time a reader reaches for a card: a mouse over a bar, focus on one, a click or a tap
 * on one, Enter or Space. Until it has come, four listeners keep the reader's latest reach, a click or a key
 * before a hover or a focus (it asks for more: the card pinned open), and hand it over, so the card it asked
 * for opens. The card itself is fetched on first use anyway, so the wait is one round trip shared by both.
 * One that fails to load is tried again on the next reach.
 */
import { loadOnDemand } from '@/browser/load-on-demand';
import { CLASS, select } from '@/lib/markup-contract';

const ROW = `.${CLASS.row}${select('figureId')}`;
const FIRST_USE = ['pointerover', 'focusin', 'click', 'keydown'] as const;

const pins = (e: Event) => e.type === 'click' || e.type === 'keydown';

export function startCardsOnFirstUse(): void {
  let latest: Event | null = null;
  const reach = (e: Event) => {
    const row = e.target instanceof Element ? e.target.closest(ROW) : null;
    if (!row) return;
    if (e instanceof PointerEvent && e.type === 'pointerover' && e.pointerType !== 'mouse') return;
    if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
    // A bar takes Space and a click itself: the page must not scroll under the card that is coming.
    if (pins(e)) e.preventDefault();
    const loading = latest !== null;
    if (!latest || pins(e) || !pins(latest)) latest = e;
    if (loading) return;
    loadOnDemand('cards').then(
      ({ startCitationCards }) => {
        for (const type of FIRST_USE) document.removeEventListener(type, reach);
        const first = latest ?? undefined;
        latest = null;
        startCitationCards(first);
      },
      () => {
        latest = null;
      },
    );
  };
  for (const type of FIRST_USE) document.addEventListener(type, reach);
  document.documentElement.dataset.cards = 'ready';
}
