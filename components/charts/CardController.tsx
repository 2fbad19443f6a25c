'use client';

/**
 * The only script the charts need: it opens a bar's citation card.
 * Hover or keyboard focus previews the card next to the bar; click, tap,
 * Enter or Space pins it open and moves focus into it; Escape, the close
 * button or a click elsewhere closes it and returns focus to the bar.
 * The charts and the cards are server-rendered; this attaches to them.
 */
import { useEffect } from 'react';

const ROW = '.chart-row[data-figure-id]';

export function CardController() {
  useEffect(() => {
    let open: { card: HTMLElement; row: Element; pinned: boolean } | null = null;
    let hideTimer: number | undefined;
    // Focus returned to a bar by closing its card must not open the card again.
    let returningFocus = false;

    const cardFor = (row: Element) => document.getElementById(`card-${row.getAttribute('data-figure-id')}`);

    const place = (card: HTMLElement, row: Element) => {
      const r = row.getBoundingClientRect();
      const width = Math.min(420, window.innerWidth - 16);
      const left = Math.min(Math.max(8, r.left + window.scrollX + 24), window.scrollX + window.innerWidth - width - 8);
      card.style.left = `${left}px`;
      card.style.top = `${r.bottom + window.scrollY + 4}px`;
      card.style.width = `${width}px`;
    };

    const close = (returnFocus: boolean) => {
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

    const show = (row: Element, pinned: boolean) => {
      window.clearTimeout(hideTimer);
      const card = cardFor(row);
      if (!card) return;
      if (open && open.card !== card) close(false);
      card.hidden = false;
      card.dataset.pinned = String(pinned);
      row.setAttribute('aria-expanded', 'true');
      row.setAttribute('aria-controls', card.id);
      place(card, row);
      open = { card, row, pinned: pinned || (open?.card === card && open.pinned) };
      if (pinned) card.focus({ preventScroll: true });
    };

    const rowOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(ROW) : null);

    const onPointerOver = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const row = rowOf(e.target);
      if (row && !open?.pinned) show(row, false);
      if (row || (e.target instanceof Element && e.target.closest('.citation-card'))) window.clearTimeout(hideTimer);
    };
    const onPointerOut = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || !open || open.pinned) return;
      const to = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      if (to && (to.closest(ROW) === open.row || to.closest('.citation-card') === open.card)) return;
      hideTimer = window.setTimeout(() => {
        if (open && !open.pinned) close(false);
      }, 250);
    };
    const onFocusIn = (e: FocusEvent) => {
      const row = rowOf(e.target);
      if (row && !returningFocus && open?.row !== row) show(row, false);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (!open) return;
      const to = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      if (to && (open.card.contains(to) || to.closest(ROW) === open.row)) return;
      if (!open.pinned || (to && !open.card.contains(to))) close(false);
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[data-card-close]')) return close(true);
      const row = rowOf(target);
      if (row) {
        e.preventDefault();
        return show(row, true);
      }
      if (open && !open.card.contains(target)) close(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        e.preventDefault();
        return close(true);
      }
      const row = rowOf(e.target);
      if (row && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        show(row, true);
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
    return () => {
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return null;
}
