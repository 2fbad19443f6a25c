/**
 * Points a chart's Embed / Download / Copy image controls at another variant
 * of the same chart (the overview's highlighted company), in the browser.
 * The server renders them for the default; file names inside a chart's folder
 * are the same for every variant, so only the folder changes.
 */
import { clipboardImagePath, exportDir, exportFileName, iframeCode } from '@/lib/charts/export-paths';

export function retargetChartActions(actions: HTMLElement, key: string, embedPathWithQuery: string): void {
  if (actions.dataset.chartKey === key) return;
  actions.dataset.chartKey = key;
  actions.querySelectorAll<HTMLAnchorElement>('a[data-export]').forEach((a) => {
    a.href = `${exportDir(key)}/${a.dataset.export}`;
    a.download = exportFileName(a.getAttribute('href')!);
  });
  const image = actions.querySelector<HTMLButtonElement>('button[data-copy-image]');
  if (image) {
    image.dataset.copyImage = clipboardImagePath(key);
    image.dataset.downloadName = exportFileName(clipboardImagePath(key));
  }
  const code = actions.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
  const src = code?.defaultValue.match(/src="([^"]+)"/)?.[1];
  if (code && src) {
    const origin = new URL(src.replaceAll('&amp;', '&')).origin;
    code.value = iframeCode(`${origin}${embedPathWithQuery}`, actions.dataset.embedTitle ?? '', Number(actions.dataset.embedHeight));
  }
  const preview = actions.querySelector<HTMLAnchorElement>('a[data-embed-preview]');
  if (preview) preview.href = embedPathWithQuery;
}
