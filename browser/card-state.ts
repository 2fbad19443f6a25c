/**
 * The citation cards' state and its transitions, as a pure function (browser/citation-cards.ts feeds it the
 * page's events and carries out what it returns). Hover or keyboard focus previews a bar's card; a click, a
 * tap, Enter or Space pins it open and moves focus into it; Escape, the close button or a click elsewhere
 * closes it and returns focus to the bar. A card that is still on its way is shown only if the reader is
 * still on its bar when it arrives.
 *
 * Generic in what a bar (R) and a card (C) are, so it is tested with plain values, without a page.
 */

export interface CardsState<R, C> {
  /** The card shown, the bar it belongs to, and whether it is pinned (opened on purpose) or a preview. */
  open: { row: R; card: C; pinned: boolean } | null;
  /** The bar whose card is on its way; another bar, leaving it, or Escape cancels it. */
  wanted: { row: R; pinned: boolean } | null;
  /** Focus is going back to a bar because its card closed: that focus must not open the card again. */
  returningFocus: boolean;
}

export type CardEvent<R, C> =
  /** A bar asks for its card: on hover or focus (a preview), on a click, tap, Enter or Space (pinned). `card` is its card if the page has it already. */
  | { type: 'show'; row: R; pinned: boolean; card: C | null }
  /** A card that was asked for has arrived (or the card saying it could not be fetched). */
  | { type: 'arrived'; row: R; card: C }
  /** The mouse is over a bar, or over the open card (`row` null). */
  | { type: 'pointerOver'; row: R | null; card: C | null }
  /** The mouse left for `toRow` (the bar it is now over, if any) or the card `toCard`. */
  | { type: 'pointerOut'; toRow: R | null; toCard: C | null }
  /** The hide that leaving the card or its bar scheduled is due. */
  | { type: 'hideDue' }
  /** Focus moved into a bar; `card` is its card if the page has it already. */
  | { type: 'focusIn'; row: R; card: C | null }
  /** Focus left `fromRow` (if it was on a bar) for `toRow` or for somewhere inside the open card (`intoCard`), or nowhere in particular. */
  | { type: 'focusOut'; fromRow: R | null; toRow: R | null; intoCard: boolean; elsewhere: boolean }
  /** A click on the card's close button, or anywhere that is not a bar; `inCard` when inside the open card. */
  | { type: 'close'; returnFocus: boolean }
  | { type: 'clickAway'; inCard: boolean }
  /** Escape was pressed. */
  | { type: 'escape' }
  /** Focus has gone back to the bar. */
  | { type: 'focusReturned' };

export type CardEffect<R, C> =
  /** Fetch the bar's card, marking the bar busy until it arrives; then send 'arrived'. */
  | { type: 'load'; row: R }
  /** Show `card` beside `row`, placed, marked open; move focus into it if `focus`. */
  | { type: 'reveal'; row: R; card: C; pinned: boolean; focus: boolean }
  /** Hide `card` and mark `row` closed; then move focus back to `row` if `focusRow` (and send 'focusReturned'). */
  | { type: 'hide'; row: R; card: C; focusRow: boolean }
  /** Hide the preview in a moment unless the mouse comes back (send 'hideDue' then); or cancel that. */
  | { type: 'scheduleHide' }
  | { type: 'cancelHide' };

export type Step<R, C> = { state: CardsState<R, C>; effects: CardEffect<R, C>[] };

export function initialCards<R, C>(): CardsState<R, C> {
  return { open: null, wanted: null, returningFocus: false };
}

function close<R, C>(state: CardsState<R, C>, returnFocus: boolean): Step<R, C> {
  const { open } = state;
  if (!open) return { state: { ...state, wanted: null }, effects: [] };
  const focusRow = open.pinned && returnFocus;
  return {
    state: { open: null, wanted: null, returningFocus: focusRow },
    effects: [{ type: 'hide', row: open.row, card: open.card, focusRow }],
  };
}

function reveal<R, C>(state: CardsState<R, C>, row: R, card: C, pinned: boolean): Step<R, C> {
  const effects: CardEffect<R, C>[] = [];
  let { open } = state;
  // Another card open closes first; the same card stays pinned if it was.
  if (open && (open.card !== card || open.row !== row)) {
    effects.push({ type: 'hide', row: open.row, card: open.card, focusRow: false });
    open = null;
  }
  const stillPinned = pinned || (open?.card === card && open.pinned);
  effects.push({ type: 'reveal', row, card, pinned: stillPinned, focus: pinned });
  return { state: { ...state, open: { row, card, pinned: stillPinned }, wanted: null }, effects };
}

function show<R, C>(state: CardsState<R, C>, row: R, pinned: boolean, card: C | null): Step<R, C> {
  const cancel: CardEffect<R, C> = { type: 'cancelHide' };
  if (card !== null) {
    const step = reveal(state, row, card, pinned);
    return { ...step, effects: [cancel, ...step.effects] };
  }
  const wanted = { row, pinned: pinned || (state.wanted?.row === row && state.wanted.pinned) };
  return { state: { ...state, wanted }, effects: [cancel, { type: 'load', row }] };
}

const nothing = <R, C>(state: CardsState<R, C>): Step<R, C> => ({ state, effects: [] });

export function cardsStep<R, C>(state: CardsState<R, C>, event: CardEvent<R, C>): Step<R, C> {
  const { open, wanted } = state;
  switch (event.type) {
    case 'show':
      return show(state, event.row, event.pinned, event.card);
    case 'arrived':
      // The reader moved on, or this bar's card is already shown.
      if (wanted?.row !== event.row) return nothing(state);
      return reveal(state, event.row, event.card, wanted.pinned);
    case 'pointerOver': {
      if (event.row !== null && !open?.pinned && !wanted?.pinned && wanted?.row !== event.row)
        return show(state, event.row, false, event.card);
      const back = event.row !== null || (open !== null && event.card === open.card);
      return { state, effects: back ? [{ type: 'cancelHide' }] : [] };
    }
    case 'pointerOut': {
      const next = wanted && !wanted.pinned && event.toRow !== wanted.row ? { ...state, wanted: null } : state;
      if (!open || open.pinned) return nothing(next);
      if (event.toRow === open.row || (event.toCard !== null && event.toCard === open.card)) return nothing(next);
      return { state: next, effects: [{ type: 'scheduleHide' }] };
    }
    case 'hideDue':
      return open && !open.pinned ? close(state, false) : nothing(state);
    case 'focusIn':
      return !state.returningFocus && open?.row !== event.row
        ? show(state, event.row, false, event.card)
        : nothing(state);
    case 'focusOut': {
      const next =
        wanted && !wanted.pinned && event.fromRow === wanted.row && event.toRow !== wanted.row
          ? { ...state, wanted: null }
          : state;
      if (!open) return nothing(next);
      if (event.intoCard || (event.toRow !== null && event.toRow === open.row)) return nothing(next);
      // A preview closes when focus leaves; a pinned card when focus goes somewhere else on the page.
      return !open.pinned || event.elsewhere ? close(next, false) : nothing(next);
    }
    case 'close':
      return close(state, event.returnFocus);
    case 'clickAway':
      return open && !event.inCard ? close(state, false) : nothing(state);
    case 'escape':
      return open || wanted ? close(state, true) : nothing(state);
    case 'focusReturned':
      return nothing({ ...state, returningFocus: false });
  }
}
