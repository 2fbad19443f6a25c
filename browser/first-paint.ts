/**
 * Lifts the first-paint mark (lib/html/first-paint.ts) once the page shows the view its address asks for: when no
 * chart block is waiting for a view and nothing still to start holds it (a page as of a day, whose code comes on
 * demand). A block that could not get its view shows its default again, with the notice: the mark is lifted then
 * too, since what is shown is what the notice says.
 */
import { CLASS, dataAttribute, select } from '@/lib/markup-contract';

let holds = 0;

/** Lifts the mark if nothing is on its way. */
export function settleFirstPaint(): void {
  if (holds > 0 || document.querySelector(`.${CLASS.chartBlock}${select('viewPending')}`)) return;
  document.documentElement.removeAttribute(dataAttribute('viewArriving'));
}

/** Keeps the mark until the returned function is called: for work that will ask for views but has not yet. */
export function holdFirstPaint(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    settleFirstPaint();
  };
}
