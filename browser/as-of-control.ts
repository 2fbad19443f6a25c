/**
 * The date control (components/site/AsOfControl.tsx) asks for the page as it stood on a day: its address keeps
 * the page's other choices (the overview's companies, highlight, year…) and sets `asof`. Without this script
 * the control stays invisible, since only the script draws a page as of a day.
 */
import { select } from '@/lib/markup-contract';

export function startAsOfControls(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>(`form${select('control', 'asof')}`)) {
    form.addEventListener('submit', (e) => {
      const input = form.elements.namedItem('asof');
      if (!(input instanceof HTMLInputElement) || !input.value) return;
      e.preventDefault();
      const url = new URL(window.location.href);
      url.searchParams.set('asof', input.value);
      window.location.assign(url.href);
    });
  }
}
