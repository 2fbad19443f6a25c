/**
 * Every copy action on the site, delegated from one listener (the data attributes of lib/markup-contract.ts):
 *  - copyUrl (plus copyQuery, the overview's state) copies that absolute URL;
 *  - copyTextFrom="#id" copies the text of that element (the embed code, a citation;
 *    an element marked copyHtml goes on the clipboard as HTML too, so a citation keeps its italics);
 *  - copyImage copies the chart as a PNG (ClipboardItem): the baked file at its address, or, for a view
 *    drawn on demand (makeFile), the PNG the browser makes (browser/on-demand/make-file.ts); it is downloaded
 *    instead where the browser refuses to put images on the clipboard.
 * Text goes through the clipboard API first, then a hidden textarea and execCommand.
 * The button and the page's status line say what happened.
 */
import { loadOnDemand } from '@/browser/load-on-demand';
import { CLASS, readData, select } from '@/lib/markup-contract';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Text and its HTML, for editors that paste formatting (a citation's italics); text alone where that fails. */
async function copyRich(text: string, html: string): Promise<boolean> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    } catch {
      // Falls through to text.
    }
  }
  return copyText(text);
}

/** The chart's PNG: the baked file, or one made here for a view drawn on demand. */
function imageOf(button: HTMLButtonElement): Promise<Blob> {
  const url = readData(button, 'copyImage');
  if (url) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.blob().then((b) => new Blob([b], { type: 'image/png' }));
    });
  }
  return loadOnDemand('files')
    .then((files) => files.fileOf(button))
    .then((f) => f.blob);
}

function download(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

async function copyImage(png: Promise<Blob>): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    // The item takes a promise, so the click's user activation is still valid when the PNG arrives.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
}

type Outcome = { ok: boolean; button: string; status: string };

async function run(button: HTMLButtonElement): Promise<Outcome | null> {
  const copyUrl = readData(button, 'copyUrl');
  const copyTextFrom = readData(button, 'copyTextFrom');
  if (copyUrl !== null) {
    const url = `${copyUrl}${readData(button, 'copyQuery') ?? ''}`;
    const ok = await copyText(url);
    return {
      ok,
      button: ok ? 'Link copied' : 'Copy failed',
      status: ok ? `Link copied: ${url}` : `Could not copy. The link is ${url}`,
    };
  }
  if (copyTextFrom !== null) {
    // The source is looked up beside the button first: the same actions can be on the page twice (a card and its entry).
    const scope = button.closest(`.${CLASS.actionPanel}`) ?? document;
    const source = scope.querySelector<HTMLElement>(copyTextFrom) ?? document.querySelector<HTMLElement>(copyTextFrom);
    const text = source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '').trim();
    const ok =
      text !== '' &&
      (await (source && readData(source, 'copyHtml') !== null ? copyRich(text, source.innerHTML) : copyText(text)));
    if (!ok && source instanceof HTMLTextAreaElement) source.select();
    const copied = readData(button, 'copiedLabel') ?? 'Code copied';
    return {
      ok,
      button: ok ? copied : 'Select and copy',
      status: ok ? `${copied}.` : 'Could not copy: select the text and press Ctrl+C or ⌘C.',
    };
  }
  if (readData(button, 'copyImage') !== null) {
    const png = imageOf(button);
    png.catch(() => undefined);
    const ok = await copyImage(png);
    if (ok) return { ok, button: 'Image copied', status: 'Chart copied as an image: paste it into your slide.' };
    const name = readData(button, 'downloadName') ?? 'chart.png';
    const url = readData(button, 'copyImage');
    if (url) download(url, name);
    else {
      try {
        const files = await loadOnDemand('files');
        files.saveFile({ blob: await png, name });
      } catch {
        return { ok: false, button: 'Copy failed', status: 'The image could not be made. Try again, or use Download.' };
      }
    }
    return {
      ok: true,
      button: 'Downloaded',
      status: 'This browser does not copy images, so the PNG was downloaded instead.',
    };
  }
  return null;
}

/** One delegated listener for every copy button of the page. */
export function startShare(): void {
  const status = document.getElementById('share-status');
  const onClick = async (e: MouseEvent) => {
    const button =
      e.target instanceof Element
        ? e.target.closest<HTMLButtonElement>(
            `button${select('copyUrl')}, button${select('copyTextFrom')}, button${select('copyImage')}`,
          )
        : null;
    if (!button) return;
    e.preventDefault();
    e.stopPropagation();
    const label = button.dataset.label ?? button.textContent ?? '';
    button.dataset.label = label;
    const outcome = await run(button);
    if (!outcome) return;
    button.textContent = outcome.button;
    button.dataset.copied = outcome.ok ? 'true' : 'false';
    if (status) status.textContent = outcome.status;
    window.setTimeout(() => {
      button.textContent = label;
      delete button.dataset.copied;
    }, 2500);
  };
  document.addEventListener('click', (e) => void onClick(e), true);
  document.documentElement.dataset.share = 'ready';
}
