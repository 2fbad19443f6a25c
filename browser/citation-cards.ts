/**
 * What opens a bar's citation card, loaded on demand the first time a reader reaches for one
 * (./cards-on-first-use.ts). The charts are server-rendered; the cards
 * are static fragments baked for every figure (lib/charts/model/keys.ts's cardPath), fetched the first time
 * their bar is opened and kept in a host at the end of the body. What happens on each hover, focus, click and
 * key is decided by a pure function (./card-state.ts); this part turns the page's events into its events and
 * makes the page show the state it returns.
 */
import { fillAccessDates } from '@/browser/access-dates';
import { pageDay, showWindows } from '@/browser/windows';
import { type CardEvent, type CardsState, cardsStep, initialCards } from '@/browser/card-state';

type Cards = CardsState<Element, HTMLElement>;
import { CARD_UNAVAILABLE_TEMPLATE, cardId, cardPath } from '@/lib/charts/model/keys';
import { CLASS, readData, select } from '@/lib/markup-contract';

const ROW = `.${CLASS.row}${select('figureId')}`;
const CARD = `.${CLASS.citationCard}`;

/** The card shown when a figure's card cannot be fetched, cloned from the page's template (components/figures/CardUnavailableTemplate.tsx). */
function unavailableCard(): HTMLElement {
  const existing = document.getElementById('card-unavailable');
  if (existing) return existing;
  const template = document.getElementById(CARD_UNAVAILABLE_TEMPLATE);
  const card = template instanceof HTMLTemplateElement ? template.content.firstElementChild?.cloneNode(true) : null;
  if (card instanceof HTMLElement) return card;
  const fallback = document.createElement('div');
  fallback.id = 'card-unavailable';
  fallback.textContent = 'This figure’s sources could not be loaded.';
  return fallback;
}

/**
 * Attaches the cards to every chart bar of the page; the host for fetched cards goes at the end of the body.
 * `first` is the event on a bar that loaded this code (./cards-on-first-use.ts).
 */
export function startCitationCards(first?: Event): void {
  const cardHost = document.createElement('div');
  cardHost.className = CLASS.cardHost;
  document.body.append(cardHost);
  const loaded = new Map<string, Promise<HTMLElement>>();
  let state: Cards = initialCards();
  let hideTimer: number | undefined;

  const figureOf = (row: Element) => readData(row, 'figureId') ?? '';
  /** A bar's card, if the page has it already. */
  const readyCard = (row: Element) => document.getElementById(cardId(figureOf(row)));

  const load = (figureId: string): Promise<HTMLElement> => {
    let card = loaded.get(figureId);
    if (!card) {
      card = fetch(cardPath(figureId)).then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const template = document.createElement('template');
        template.innerHTML = await response.text();
        const el = template.content.firstElementChild;
        if (!(el instanceof HTMLElement) || el.id !== cardId(figureId)) throw new Error('not a citation card');
        fillAccessDates(el);
        // On a page as of a day, the card too says only what was true then ("revised on …" is not, yet).
        const day = pageDay();
        if (day) showWindows(el, day);
        cardHost.append(el);
        return el;
      });
      // A failed fetch is tried again the next time the bar is opened.
      card.catch(() => loaded.delete(figureId));
      loaded.set(figureId, card);
    }
    return card;
  };

  const place = (card: HTMLElement, row: Element) => {
    const r = row.getBoundingClientRect();
    const width = Math.min(420, window.innerWidth - 16);
    const left = Math.min(Math.max(8, r.left + window.scrollX + 24), window.scrollX + window.innerWidth - width - 8);
    card.style.left = `${left}px`;
    card.style.top = `${r.bottom + window.scrollY + 4}px`;
    card.style.width = `${width}px`;
  };

  /** Makes the page show `next`: what changed since `prev`, and nothing else. */
  const sync = (prev: Cards, next: Cards) => {
    const { open, wanted } = next;
    if (prev.open && prev.open !== open && (prev.open.card !== open?.card || prev.open.row !== open.row)) {
      prev.open.card.hidden = true;
      prev.open.row.setAttribute('aria-expanded', 'false');
    }
    if (open && open !== prev.open) {
      if (!open.card.isConnected) cardHost.append(open.card);
      open.card.hidden = false;
      open.card.dataset.pinned = String(open.pinned);
      open.row.setAttribute('aria-expanded', 'true');
      open.row.setAttribute('aria-controls', open.card.id);
      place(open.card, open.row);
      if (open.pinned) open.card.focus({ preventScroll: true });
    }
    if (wanted && wanted.row !== prev.wanted?.row) {
      const row = wanted.row;
      row.setAttribute('aria-busy', 'true');
      void load(figureOf(row))
        .catch(unavailableCard)
        .then((card) => {
          row.removeAttribute('aria-busy');
          dispatch({ type: 'arrived', row, card });
        });
    }
    if (next.hiding !== prev.hiding) {
      window.clearTimeout(hideTimer);
      if (next.hiding) hideTimer = window.setTimeout(() => dispatch({ type: 'hideDue' }), 250);
    }
    // A bar is an SVG group: SVG and HTML elements alike can take focus.
    const { refocus } = next;
    if (refocus !== prev.refocus && (refocus instanceof SVGElement || refocus instanceof HTMLElement)) {
      refocus.focus({ preventScroll: true });
      dispatch({ type: 'refocused' });
    }
  };

  function dispatch(event: CardEvent<Element, HTMLElement>): void {
    const prev = state;
    state = cardsStep(state, event);
    sync(prev, state);
  }

  const rowOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(ROW) : null);
  const cardOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(CARD) : null);
  const inOpenCard = (t: EventTarget | null) => t instanceof Node && state.open?.card.contains(t) === true;

  const onPointerOver = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const row = rowOf(e.target);
    dispatch({ type: 'pointerOver', row, card: row ? readyCard(row) : cardOf(e.target) });
  };
  const onFocusIn = (e: FocusEvent) => {
    const row = rowOf(e.target);
    if (row) dispatch({ type: 'focusIn', row, card: readyCard(row) });
  };
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(select('cardClose'))) return dispatch({ type: 'close' });
    const row = rowOf(target);
    if (row) {
      e.preventDefault();
      return dispatch({ type: 'show', row, pinned: true, card: readyCard(row) });
    }
    dispatch({ type: 'clickAway', inCard: inOpenCard(target) });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (state.open || state.wanted)) {
      e.preventDefault();
      return dispatch({ type: 'close' });
    }
    const row = rowOf(e.target);
    if (row && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      dispatch({ type: 'show', row, pinned: true, card: readyCard(row) });
    }
  };

  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse') return;
    dispatch({ type: 'pointerOut', toRow: rowOf(e.relatedTarget), toCard: cardOf(e.relatedTarget) });
  });
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', (e) => {
    const to = e.relatedTarget;
    dispatch({
      type: 'focusOut',
      fromRow: rowOf(e.target),
      toRow: rowOf(to),
      intoCard: inOpenCard(to),
      elsewhere: to instanceof Element,
    });
  });
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('resize', () => state.open && place(state.open.card, state.open.row));

  // The event that brought this code, once it is here: a click or key still asks for its card; a hover or a
  // focus only if the reader is still on that bar.
  if (first instanceof PointerEvent && first.type === 'pointerover') {
    if (rowOf(first.target)?.matches(':hover')) onPointerOver(first);
  } else if (first instanceof FocusEvent) {
    if (first.target instanceof Node && first.target.contains(document.activeElement)) onFocusIn(first);
  } else if (first instanceof KeyboardEvent) onKeyDown(first);
  else if (first instanceof MouseEvent) onClick(first);
}
