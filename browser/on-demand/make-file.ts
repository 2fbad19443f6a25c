/**
 * On demand: a file of a view the build did not draw (its PNG or SVG at either size and in either theme, its
 * PowerPoint file, its CSV), made in the reader's browser by the renderer the build uses
 * (renderer/view-files.ts), so it follows every rule a baked file does: name, layout, legible type, footer,
 * notes.
 */
import { exportDir, exportFileName } from '@/lib/charts/exports/export-paths';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { readData } from '@/lib/markup-contract';
import type { View } from '@/lib/url/view';
import { browserHost } from '@/renderer/hosts/browser';
import { makeViewFile } from '@/renderer/view-files';
import { viewOfActions } from './actions';
import { checkedView, dataset } from './dataset';

export interface FileForReader {
  blob: Blob;
  /** The name it is saved under, as a baked file's: ai-capex-<view>-<file>. */
  name: string;
}

/** Starts fetching what making a file takes (resvg's WebAssembly, the export font), ahead of the first request. */
export function prepare(): void {
  browserHost.exportKit().catch(() => undefined);
}

/** One file ("1920x1080-light.png") of a view. */
export async function makeFile(view: View, name: string): Promise<FileForReader> {
  const spec = buildChartSpec(dataset, checkedView(view));
  const made = await makeViewFile(await browserHost.exportKit(), dataset, spec, name);
  return {
    blob: new Blob([made.content as BlobPart], { type: made.file.type }),
    name: exportFileName(`${exportDir(spec.key)}/${made.file.file}`),
  };
}

/** The file a button names (its makeFile), of the view whose actions hold it. */
export function fileOf(button: Element): Promise<FileForReader> {
  return makeFile(viewOfActions(button).view, readData(button, 'makeFile') ?? '');
}

/** Saves a file the browser made, under its name. */
export function saveFile(file: FileForReader): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(file.blob);
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once the click returns; the address goes a little later, for slower engines.
  window.setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** A Download entry's click: makes its file and saves it; resolves to the file's name. */
export async function downloadFile(button: Element): Promise<string> {
  const file = await fileOf(button);
  saveFile(file);
  return file.name;
}
