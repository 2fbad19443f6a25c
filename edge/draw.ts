/**
 * The edge host's calls into the one renderer (renderer/): a view's parts for a page, and its files. The same
 * functions the build and the reader's browser call, with the edge's host (renderer/hosts/edge.ts).
 */
import type { ActionsMode } from '@/components/view/ChartActions';
import { viewFile } from '@/lib/charts/exports/export-paths';
import { buildChartSpec } from '@/lib/charts/model/spec';
import { oembedResponse } from '@/lib/embeds/oembed';
import type { View } from '@/lib/url/view';
import { edgeDom, edgeExportKit } from '@/renderer/hosts/edge';
import { type ViewParts, renderViewParts } from '@/renderer/view-parts';
import { makeLinkPreview, makeViewFile } from '@/renderer/view-files';
import { SITE_NAME, dataset } from './release';

/** The files the edge draws for any view: those of its Download menu, its link preview and its oEmbed. */
export const LINK_PREVIEW_FILE = 'preview.png';
export const OEMBED_FILE = 'oembed.json';

export function isDrawnFile(name: string): boolean {
  return name === LINK_PREVIEW_FILE || name === OEMBED_FILE || viewFile(name) !== undefined;
}

/**
 * A view's parts as a page's block shows them. Its files are at addresses (the edge serves them), so its
 * Download entries are links, as a baked view's are; its citation is written when its Cite is first opened.
 */
export async function drawParts(view: View, blockId: string, mode: ActionsMode): Promise<ViewParts> {
  const spec = buildChartSpec(dataset, view);
  return renderViewParts(await edgeDom(), spec, { blockId, citation: null, baked: true, modes: [mode] });
}

export interface DrawnFile {
  body: string | Uint8Array;
  type: string;
}

/** One file of a view, by its name in the view's folder; `origin` makes the oEmbed's addresses absolute. */
export async function drawFile(view: View, name: string, origin: string): Promise<DrawnFile> {
  const spec = buildChartSpec(dataset, view);
  if (name === OEMBED_FILE) {
    const absoluteUrl = (path: string) => new URL(path, origin).href;
    return {
      body: JSON.stringify(oembedResponse(spec, { name: SITE_NAME, absoluteUrl })),
      type: 'application/json',
    };
  }
  const kit = await edgeExportKit();
  if (name === LINK_PREVIEW_FILE) return { body: makeLinkPreview(kit, dataset, spec), type: 'image/png' };
  const made = await makeViewFile(kit, dataset, spec, name);
  return { body: made.content, type: made.file.type };
}
