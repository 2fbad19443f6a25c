/**
 * Every copy action on the site, delegated from one listener:
 *  - button[data-copy-url] (plus data-copy-query, the overview's state) copies that absolute URL;
 *  - button[data-copy-text-from="#id"] copies the text of that element (the embed code, a citation;
 *    an element marked data-copy-html goes on the clipboard as HTML too, so a citation keeps its italics);
 *  - button[data-copy-image="/charts/…png"] copies the chart as a PNG (ClipboardItem), and
 *    downloads it instead where the browser refuses to put images on the clipboard.
 * Text goes through the clipboard API first, then a hidden textarea and execCommand.
 * The button and the page's status line say what happened.
 */
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
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return true;
    } catch {
      // Falls through to text.
    }
  }
  return copyText(text);
}

async function copyImage(url: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    // The item takes a promise, so the click's user activation is still valid when the PNG arrives.
    const png = fetch(url).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.blob().then((b) => new Blob([b], { type: 'image/png' }));
    });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
}

function download(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

type Outcome = { ok: boolean; button: string; status: string };

async function run(button: HTMLButtonElement): Promise<Outcome | null> {
  const d = button.dataset;
  if (d.copyUrl !== undefined) {
    const url = `${d.copyUrl}${d.copyQuery ?? ''}`;
    const ok = await copyText(url);
    return { ok, button: ok ? 'Link copied' : 'Copy failed', status: ok ? `Link copied: ${url}` : `Could not copy. The link is ${url}` };
  }
  if (d.copyTextFrom !== undefined) {
    // The source is looked up beside the button first: the same actions can be on the page twice (a card and its entry).
    const scope = button.closest('.chart-action-panel') ?? document;
    const source = scope.querySelector<HTMLElement>(d.copyTextFrom) ?? document.querySelector<HTMLElement>(d.copyTextFrom);
    const text = source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '').trim();
    const ok = text !== '' && (await (source?.hasAttribute('data-copy-html') ? copyRich(text, source.innerHTML) : copyText(text)));
    if (!ok && source instanceof HTMLTextAreaElement) source.select();
    const copied = d.copiedLabel ?? 'Code copied';
    return { ok, button: ok ? copied : 'Select and copy', status: ok ? `${copied}.` : 'Could not copy: select the text and press Ctrl+C or ⌘C.' };
  }
  if (d.copyImage !== undefined) {
    const ok = await copyImage(d.copyImage);
    if (ok) return { ok, button: 'Image copied', status: 'Chart copied as an image: paste it into your slide.' };
    download(d.copyImage, d.downloadName ?? 'chart.png');
    return { ok: true, button: 'Downloaded', status: 'This browser does not copy images, so the PNG was downloaded instead.' };
  }
  return null;
}

/** One delegated listener for every copy button of the page. */
export function startShare(): void {
  const status = document.getElementById('share-status');
  const onClick = async (e: MouseEvent) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-copy-url], button[data-copy-text-from], button[data-copy-image]') : null;
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
  document.addEventListener('click', onClick, true);
  document.documentElement.dataset.share = 'ready';
}
