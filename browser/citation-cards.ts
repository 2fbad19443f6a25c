/**
 * The only script the charts need: it opens a bar's citation card.
 * Hover or keyboard focus previews the card next to the bar; click, tap,
 * Enter or Space pins it open and moves focus into it; Escape, the close
 * button or a click elsewhere closes it and returns focus to the bar.
 * The charts are server-rendered; the cards are static fragments baked for
 * every figure (lib/charts/model/keys.ts's cardPath), fetched the first time their
 * bar is opened and kept in a host at the end of the body. If the reader has moved on
 * by the time a card arrives, it is not shown.
 */
import { fillAccessDates } from '@/browser/access-dates';
import { CARD_UNAVAILABLE_TEMPLATE, cardId, cardPath } from '@/lib/charts/model/keys';
import { CLASS, readData, select } from '@/lib/markup-contract';

const ROW = `.${CLASS.row}${select('figureId')}`;
const CARD = `.${CLASS.citationCard}`;
/** The card shown when a figure's card cannot be fetched, cloned from the page's template (components/figures/CardUnavailableTemplate.tsx). */
function unavailableCard(): HTMLElement {
  const existing = document.getElementById('card-unavailable');
  if (existing) return existing;
  const template = document.getElementById(CARD_UNAVAILABLE_TEMPLATE) as HTMLTemplateElement;
  return template.content.firstElementChild!.cloneNode(true) as HTMLElement;
}

/** Attaches the cards to every chart bar of the page; the host for fetched cards goes at the end of the body. */
export function startCitationCards(): void {
  const cardHost = document.createElement('div');
  cardHost.className = CLASS.cardHost;
  document.body.append(cardHost);
  const loaded = new Map<string, Promise<HTMLElement>>();
  let open: { card: HTMLElement; row: Element; pinned: boolean } | null = null;
  // The bar whose card is on its way; another bar, leaving it, or Escape cancels it.
  let wanted: { row: Element; pinned: boolean } | null = null;
  let hideTimer: number | undefined;
  // Focus returned to a bar by closing its card must not open the card again.
  let returningFocus = false;

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

  const close = (returnFocus: boolean) => {
    wanted = null;
    if (!open) return;
    const { card, row, pinned } = open;
    card.hidden = true;
    row.setAttribute('aria-expanded', 'false');
    open = null;
    if (pinned && returnFocus) {
      returningFocus = true;
      (row as HTMLElement).focus({ preventScroll: true });
      returningFocus = false;
    }
  };

  const reveal = (card: HTMLElement, row: Element, pinned: boolean) => {
    if (open && (open.card !== card || open.row !== row)) close(false);
    if (!card.isConnected) cardHost.append(card);
    card.hidden = false;
    card.dataset.pinned = String(pinned);
    row.setAttribute('aria-expanded', 'true');
    row.setAttribute('aria-controls', card.id);
    place(card, row);
    open = { card, row, pinned: pinned || (open?.card === card && open.pinned) };
    if (pinned) card.focus({ preventScroll: true });
  };

  const show = async (row: Element, pinned: boolean) => {
    window.clearTimeout(hideTimer);
    const figureId = readData(row, 'figureId')!;
    const ready = document.getElementById(cardId(figureId));
    if (ready) {
      wanted = null;
      return reveal(ready, row, pinned);
    }
    wanted = { row, pinned: pinned || (wanted?.row === row && wanted.pinned) };
    row.setAttribute('aria-busy', 'true');
    const card = await load(figureId).catch(unavailableCard);
    row.removeAttribute('aria-busy');
    if (wanted?.row !== row) return; // the reader moved on, or this bar's card is already shown
    const { pinned: pin } = wanted;
    wanted = null;
    reveal(card, row, pin);
  };

  const rowOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(ROW) : null);

  const onPointerOver = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const row = rowOf(e.target);
    if (row && !open?.pinned && !wanted?.pinned && wanted?.row !== row) void show(row, false);
    if (row || (e.target instanceof Element && e.target.closest(CARD))) window.clearTimeout(hideTimer);
  };
  const onPointerOut = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const to = e.relatedTarget instanceof Element ? e.relatedTarget : null;
    if (wanted && !wanted.pinned && to?.closest(ROW) !== wanted.row) wanted = null;
    if (!open || open.pinned) return;
    if (to && (to.closest(ROW) === open.row || to.closest(CARD) === open.card)) return;
    hideTimer = window.setTimeout(() => {
      if (open && !open.pinned) close(false);
    }, 250);
  };
  const onFocusIn = (e: FocusEvent) => {
    const row = rowOf(e.target);
    if (row && !returningFocus && open?.row !== row) void show(row, false);
  };
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget instanceof Element ? e.relatedTarget : null;
    if (wanted && !wanted.pinned && rowOf(e.target) === wanted.row && to?.closest(ROW) !== wanted.row) wanted = null;
    if (!open) return;
    if (to && (open.card.contains(to) || to.closest(ROW) === open.row)) return;
    if (!open.pinned || (to && !open.card.contains(to))) close(false);
  };
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(select('cardClose'))) return close(true);
    const row = rowOf(target);
    if (row) {
      e.preventDefault();
      return show(row, true);
    }
    if (open && !open.card.contains(target)) close(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (open || wanted)) {
      e.preventDefault();
      return close(true);
    }
    const row = rowOf(e.target);
    if (row && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      void show(row, true);
    }
  };
  const onResize = () => open && place(open.card, open.row);

  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('resize', onResize);
  document.documentElement.dataset.cards = 'ready';
}
