import { describe, expect, it } from 'vitest';
import { type CardEvent, type CardsState, cardsStep, initialCards } from './card-state';

/** Bars and cards as names: the state machine does not care what they are. */
type State = CardsState<string, string>;
type Event = CardEvent<string, string>;

const run = (events: Event[], from: State = initialCards()) => events.reduce(cardsStep, from);

const hover = (row: string, card: string | null = null): Event => ({ type: 'pointerOver', row, card });
const click = (row: string, card: string | null = null): Event => ({ type: 'show', row, pinned: true, card });
const arrived = (row: string): Event => ({ type: 'arrived', row, card: `card of ${row}` });
const leaveFor = (toRow: string | null, toCard: string | null = null): Event => ({ type: 'pointerOut', toRow, toCard });

describe('a bar’s citation card', () => {
  it('is asked for the first time its bar is hovered, and previewed when it arrives', () => {
    expect(run([hover('meta')]).wanted).toEqual({ row: 'meta', pinned: false });
    expect(run([hover('meta'), arrived('meta')])).toMatchObject({
      open: { row: 'meta', card: 'card of meta', pinned: false },
      wanted: null,
    });
  });

  it('is not shown when it arrives after the reader has moved to another bar', () => {
    const state = run([hover('meta'), leaveFor('amazon'), hover('amazon'), arrived('meta')]);
    expect(state.open).toBeNull();
    expect(state.wanted).toEqual({ row: 'amazon', pinned: false });
  });

  it('shows at once a card the page has already, asking for nothing', () => {
    const state = run([hover('meta', 'card of meta')]);
    expect(state.wanted).toBeNull();
    expect(state.open).toEqual({ row: 'meta', card: 'card of meta', pinned: false });
  });

  it('hides a preview a moment after the mouse leaves its bar, unless it comes back to the bar or the card', () => {
    const previewed = run([hover('meta', 'card of meta')]);
    const left = run([leaveFor(null)], previewed);
    expect(left.hiding).toBe(true);
    expect(run([{ type: 'hideDue' }], left).open).toBeNull();
    expect(run([leaveFor(null, 'card of meta')], previewed).hiding).toBe(false);
    expect(run([{ type: 'pointerOver', row: null, card: 'card of meta' }], left).hiding).toBe(false);
  });

  it('is pinned by a click, and stays when the mouse leaves', () => {
    const state = run([click('meta', 'card of meta'), leaveFor(null), { type: 'hideDue' }]);
    expect(state.open).toEqual({ row: 'meta', card: 'card of meta', pinned: true });
    expect(state.hiding).toBe(false);
  });

  it('stays pinned when the bar was clicked while its card was on its way', () => {
    expect(run([hover('meta'), click('meta'), arrived('meta')]).open).toEqual({
      row: 'meta',
      card: 'card of meta',
      pinned: true,
    });
  });

  it('closes on Escape and gives focus back to its bar, whose focus then opens nothing', () => {
    const escaped = run([click('meta', 'card of meta'), { type: 'close' }]);
    expect(escaped).toMatchObject({ open: null, refocus: 'meta' });
    const refocused = run([{ type: 'focusIn', row: 'meta', card: 'card of meta' }], escaped);
    expect(refocused.open).toBeNull();
    expect(run([{ type: 'refocused' }], refocused)).toEqual(initialCards());
  });

  it('gives focus back only from a pinned card: a preview closed by Escape leaves focus where it is', () => {
    expect(run([hover('meta', 'card of meta'), { type: 'close' }]).refocus).toBeNull();
  });

  it('Escape also cancels a card still on its way', () => {
    expect(run([hover('meta'), { type: 'close' }, arrived('meta')])).toEqual(initialCards());
  });

  it('closes on a click elsewhere, but not on a click inside it', () => {
    const pinned = run([click('meta', 'card of meta')]);
    expect(run([{ type: 'clickAway', inCard: true }], pinned).open).not.toBeNull();
    expect(run([{ type: 'clickAway', inCard: false }], pinned).open).toBeNull();
  });

  it('gives way to another bar’s card', () => {
    expect(run([click('meta', 'card of meta'), click('amazon', 'card of amazon')]).open?.row).toBe('amazon');
  });

  it('previews on keyboard focus, and closes a preview when focus leaves for another part of the page', () => {
    const focused = run([{ type: 'focusIn', row: 'meta', card: 'card of meta' }]);
    expect(focused.open?.pinned).toBe(false);
    const away: Event = { type: 'focusOut', fromRow: 'meta', toRow: null, intoCard: false, elsewhere: true };
    expect(run([away], focused).open).toBeNull();
  });

  it('keeps a pinned card open while focus moves inside it, or when focus leaves the page', () => {
    const pinned = run([click('meta', 'card of meta')]);
    const inside: Event = { type: 'focusOut', fromRow: null, toRow: null, intoCard: true, elsewhere: true };
    const offPage: Event = { type: 'focusOut', fromRow: null, toRow: null, intoCard: false, elsewhere: false };
    expect(run([inside], pinned).open).not.toBeNull();
    expect(run([offPage], pinned).open).not.toBeNull();
  });
});
