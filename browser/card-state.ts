/**
 * The citation cards' state and its transitions, as a pure function (browser/citation-cards.ts feeds it the
 * page's events and makes the page show what it returns). Hover or keyboard focus previews a bar's card; a
 * click, a tap, Enter or Space pins it open and moves focus into it; Escape, the close button or a click
 * elsewhere closes it and returns focus to the bar. A card still on its way is shown only if the reader is
 * still on its bar when it arrives; a preview the mouse leaves is hidden a moment later.
 *
 * Generic in what a bar (R) and a card (C) are, so it is tested with plain values, without a page.
 */

export interface CardsState<R, C> {
  /** The card shown, beside its bar; pinned when opened on purpose (focus moves into it), else a preview. */
  open: { row: R; card: C; pinned: boolean } | null;
  /** The bar whose card is on its way (being fetched). */
  wanted: { row: R; pinned: boolean } | null;
  /** The preview is to be hidden in a moment ('hideDue' then), unless the mouse comes back. */
  hiding: boolean;
  /** The bar focus goes back to because its pinned card closed: that focus must not open the card again. */
  refocus: R | null;
}

export type CardEvent<R, C> =
  /** A bar asks for its card: on hover or focus a preview, on a click, tap, Enter or Space pinned; `card` if the page has it. */
  | { type: 'show'; row: R; pinned: boolean; card: C | null }
  /** The card asked for arrived (or the card saying it could not be fetched). */
  | { type: 'arrived'; row: R; card: C }
  /** The mouse is over a bar (`row`, its `card` if the page has it) or over a card (`card`, `row` null). */
  | { type: 'pointerOver'; row: R | null; card: C | null }
  /** The mouse left for a bar or a card, or for neither. */
  | { type: 'pointerOut'; toRow: R | null; toCard: C | null }
  | { type: 'hideDue' }
  /** Focus moved into a bar; `card` if the page has it. */
  | { type: 'focusIn'; row: R; card: C | null }
  /** Focus left a bar (`fromRow`) for another bar, for the open card (`intoCard`), elsewhere on the page, or off it. */
  | { type: 'focusOut'; fromRow: R | null; toRow: R | null; intoCard: boolean; elsewhere: boolean }
  /** A click that is not on a bar, inside the open card or not. */
  | { type: 'clickAway'; inCard: boolean }
  /** The card's close button, or Escape. */
  | { type: 'close' }
  /** Focus is back on the bar. */
  | { type: 'refocused' };

export function initialCards<R, C>(): CardsState<R, C> {
  return { open: null, wanted: null, hiding: false, refocus: null };
}

/** Closes the card and cancels one on its way; a pinned card gives focus back to its bar. */
function close<R, C>(s: CardsState<R, C>, returnFocus: boolean): CardsState<R, C> {
  const refocus = returnFocus && s.open?.pinned ? s.open.row : null;
  return { open: null, wanted: null, hiding: false, refocus };
}

/** Shows `card` beside `row`; a card pinned before stays pinned. */
function reveal<R, C>(s: CardsState<R, C>, row: R, card: C, pinned: boolean): CardsState<R, C> {
  const same = s.open?.card === card && s.open.row === row;
  return {
    ...s,
    open: { row, card, pinned: pinned || (same && s.open?.pinned === true) },
    wanted: null,
    hiding: false,
  };
}

function show<R, C>(s: CardsState<R, C>, row: R, pinned: boolean, card: C | null): CardsState<R, C> {
  if (card !== null) return reveal(s, row, card, pinned);
  const stillPinned = pinned || (s.wanted?.row === row && s.wanted.pinned);
  return { ...s, wanted: { row, pinned: stillPinned }, hiding: false };
}

export function cardsStep<R, C>(s: CardsState<R, C>, e: CardEvent<R, C>): CardsState<R, C> {
  const { open, wanted } = s;
  switch (e.type) {
    case 'show':
      return show(s, e.row, e.pinned, e.card);
    case 'arrived':
      // The reader moved on, or this bar's card is already shown.
      return wanted?.row === e.row ? reveal(s, e.row, e.card, wanted.pinned) : s;
    case 'pointerOver':
      if (e.row !== null && !open?.pinned && !wanted?.pinned && wanted?.row !== e.row)
        return show(s, e.row, false, e.card);
      return e.row !== null || (open !== null && e.card === open.card) ? { ...s, hiding: false } : s;
    case 'pointerOut': {
      const next = wanted && !wanted.pinned && e.toRow !== wanted.row ? { ...s, wanted: null } : s;
      if (!open || open.pinned || e.toRow === open.row || (e.toCard !== null && e.toCard === open.card)) return next;
      return { ...next, hiding: true };
    }
    case 'hideDue':
      return open && !open.pinned ? close(s, false) : s;
    case 'focusIn':
      return s.refocus !== e.row && open?.row !== e.row ? show(s, e.row, false, e.card) : s;
    case 'focusOut': {
      const leaving = wanted && !wanted.pinned && e.fromRow === wanted.row && e.toRow !== wanted.row;
      const next = leaving ? { ...s, wanted: null } : s;
      if (!open || e.intoCard || (e.toRow !== null && e.toRow === open.row)) return next;
      // A preview closes when focus leaves; a pinned card when focus goes somewhere else on the page.
      return !open.pinned || e.elsewhere ? close(next, false) : next;
    }
    case 'clickAway':
      return open && !e.inCard ? close(s, false) : s;
    case 'close':
      return open || wanted ? close(s, true) : s;
    case 'refocused':
      return { ...s, refocus: null };
  }
}
