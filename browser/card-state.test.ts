import { describe, expect, it } from 'vitest';
import { type CardEvent, type CardsState, cardsStep, initialCards } from './card-state';

/** Bars and cards as names: the state machine does not care what they are. */
type State = CardsState<string, string>;
type Event = CardEvent<string, string>;

/** Runs events from a state, returning the last state and every effect on the way. */
function run(events: Event[], from: State = initialCards()) {
  let state = from;
  const effects = [];
  for (const event of events) {
    const step = cardsStep(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const hover = (row: string, card: string | null = null): Event => ({ type: 'pointerOver', row, card });
const click = (row: string, card: string | null = null): Event => ({ type: 'show', row, pinned: true, card });
const arrived = (row: string): Event => ({ type: 'arrived', row, card: `card of ${row}` });
const leaveFor = (toRow: string | null, toCard: string | null = null): Event => ({ type: 'pointerOut', toRow, toCard });

describe('a bar’s citation card', () => {
  it('is fetched the first time its bar is hovered, and previewed when it arrives', () => {
    const { state, effects } = run([hover('meta'), arrived('meta')]);
    expect(effects).toContainEqual({ type: 'load', row: 'meta' });
    expect(effects).toContainEqual({ type: 'reveal', row: 'meta', card: 'card of meta', pinned: false, focus: false });
    expect(state.open).toEqual({ row: 'meta', card: 'card of meta', pinned: false });
  });

  it('is not shown when it arrives after the reader has moved to another bar', () => {
    const { state, effects } = run([hover('meta'), leaveFor('amazon'), hover('amazon'), arrived('meta')]);
    expect(effects.filter((e) => e.type === 'reveal')).toEqual([]);
    expect(state.open).toBeNull();
    expect(state.wanted).toEqual({ row: 'amazon', pinned: false });
  });

  it('shows at once a card the page has already, without fetching it again', () => {
    const { effects } = run([hover('meta', 'card of meta')]);
    expect(effects.some((e) => e.type === 'load')).toBe(false);
    expect(effects).toContainEqual({ type: 'reveal', row: 'meta', card: 'card of meta', pinned: false, focus: false });
  });

  it('hides a preview a moment after the mouse leaves its bar, unless it comes back to the bar or the card', () => {
    const previewed = run([hover('meta', 'card of meta')]).state;
    const left = run([leaveFor(null)], previewed);
    expect(left.effects).toEqual([{ type: 'scheduleHide' }]);
    expect(run([{ type: 'hideDue' }], left.state).state.open).toBeNull();
    expect(run([leaveFor(null, 'card of meta')], previewed).effects).toEqual([]);
    expect(run([{ type: 'pointerOver', row: null, card: 'card of meta' }], left.state).effects).toEqual([
      { type: 'cancelHide' },
    ]);
  });

  it('is pinned by a click, which moves focus into it, and stays when the mouse leaves', () => {
    const { state, effects } = run([click('meta', 'card of meta'), leaveFor(null), { type: 'hideDue' }]);
    expect(effects).toContainEqual({ type: 'reveal', row: 'meta', card: 'card of meta', pinned: true, focus: true });
    expect(effects.some((e) => e.type === 'scheduleHide')).toBe(false);
    expect(state.open?.pinned).toBe(true);
  });

  it('keeps a card pinned while it is still on its way, if the bar was clicked after it was hovered', () => {
    const { state } = run([hover('meta'), click('meta'), arrived('meta')]);
    expect(state.open).toEqual({ row: 'meta', card: 'card of meta', pinned: true });
  });

  it('closes on Escape and gives focus back to its bar, whose focus then opens nothing', () => {
    const pinned = run([click('meta', 'card of meta')]).state;
    const escaped = run([{ type: 'escape' }], pinned);
    expect(escaped.effects).toEqual([{ type: 'hide', row: 'meta', card: 'card of meta', focusRow: true }]);
    const refocused = run([{ type: 'focusIn', row: 'meta', card: 'card of meta' }], escaped.state);
    expect(refocused.effects).toEqual([]);
    expect(run([{ type: 'focusReturned' }], refocused.state).state).toEqual(initialCards());
  });

  it('Escape also cancels a card still on its way', () => {
    const { state } = run([hover('meta'), { type: 'escape' }, arrived('meta')]);
    expect(state).toEqual(initialCards());
  });

  it('closes on a click elsewhere, but not on a click inside it', () => {
    const pinned = run([click('meta', 'card of meta')]).state;
    expect(run([{ type: 'clickAway', inCard: true }], pinned).state.open).not.toBeNull();
    expect(run([{ type: 'clickAway', inCard: false }], pinned).state.open).toBeNull();
  });

  it('closes the card open before when another bar’s card opens', () => {
    const { state, effects } = run([click('meta', 'card of meta'), click('amazon', 'card of amazon')]);
    expect(effects).toContainEqual({ type: 'hide', row: 'meta', card: 'card of meta', focusRow: false });
    expect(state.open?.row).toBe('amazon');
  });

  it('previews on keyboard focus, and closes a preview when focus leaves for another part of the page', () => {
    const focused = run([{ type: 'focusIn', row: 'meta', card: 'card of meta' }]).state;
    expect(focused.open?.pinned).toBe(false);
    const away: Event = { type: 'focusOut', fromRow: 'meta', toRow: null, intoCard: false, elsewhere: true };
    expect(run([away], focused).state.open).toBeNull();
  });

  it('keeps a pinned card open while focus moves inside it, or when focus leaves the page', () => {
    const pinned = run([click('meta', 'card of meta')]).state;
    const inside: Event = { type: 'focusOut', fromRow: null, toRow: null, intoCard: true, elsewhere: true };
    const offPage: Event = { type: 'focusOut', fromRow: null, toRow: null, intoCard: false, elsewhere: false };
    expect(run([inside], pinned).state.open).not.toBeNull();
    expect(run([offPage], pinned).state.open).not.toBeNull();
  });

  it('is hidden, and its bar’s focus returned, by the close button', () => {
    const { effects } = run([click('meta', 'card of meta'), { type: 'close', returnFocus: true }]);
    expect(effects.at(-1)).toEqual({ type: 'hide', row: 'meta', card: 'card of meta', focusRow: true });
  });
});
