/**
 * The actions of a view drawn on demand (components/view/ChartActions.tsx with `baked` false): its Download
 * entries are buttons that make the file in the browser (browser/on-demand/make-file.ts), and its Cite is
 * written the first time it is opened (browser/on-demand/render-cite.tsx). This part only hands the click or
 * the opening to the renderer, which it loads on first use.
 */
import { loadOnDemand } from '@/browser/load-on-demand';
import { CLASS, readData, select } from '@/lib/markup-contract';

export function startOnDemandActions(): void {
  const status = document.getElementById('share-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  document.addEventListener('click', (e) => {
    const button =
      e.target instanceof Element
        ? e.target.closest<HTMLButtonElement>(`button${select('makeFile')}:not(${select('copyImage')})`)
        : null;
    if (!button) return;
    e.preventDefault();
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    say(`Making ${readData(button, 'downloadName')}…`);
    loadOnDemand('files')
      .then((files) => files.downloadFile(button))
      .then((name) => say(`Downloaded ${name}.`))
      .catch(() => say('The file could not be made. Try again.'))
      .finally(() => button.removeAttribute('aria-busy'));
  });

  // toggle does not bubble: listen in the capture phase.
  document.addEventListener(
    'toggle',
    (e) => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      // A Download menu of a view drawn here: the reader is about to ask for a file, so what makes one starts loading.
      if (details.querySelector(select('makeFile'))) {
        loadOnDemand('files')
          .then((files) => files.prepare())
          .catch(() => undefined);
        return;
      }
      if (readData(details, 'citePending') === null) return;
      loadOnDemand('cite')
        .then((cite) => cite.openCite(details))
        .catch(() => {
          const pending = details.querySelector(`.${CLASS.citePending}`);
          if (pending) pending.textContent = 'The citation could not be written. Close and open Cite to try again.';
        });
    },
    true,
  );
}
