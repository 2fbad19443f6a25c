/**
 * The Download menu of one view: its files (./export-paths.ts's VIEW_FILES), grouped as the menu shows them,
 * with its year's deck beside its PowerPoint file, and the image Copy image puts on the clipboard.
 */
import { EXPORT_SIZES, VIEW_FILES, type ViewFile, exportDir, exportFileName } from './export-paths';

export interface DownloadLink {
  href: string;
  /** The file within its view's folder ("1920x1080-light.png"); null for the deck, which is not one view's. */
  file: string | null;
  /** The link's accessible name, "PNG · 1920×1080 · light": its group, then its visible text (WCAG 2.5.3, label in name). */
  label: string;
  /** The menu line it sits on, "PNG · 1920×1080", and its text there, "light". */
  group: string;
  text: string;
  /** Suggested file name, e.g. "ai-capex-capex-2025--per-year-1920x1080-light.png". */
  fileName: string;
  format: ViewFile['format'];
}

/** The Download menu of one view: its files (VIEW_FILES), with its year's deck (`deck`) beside its PowerPoint file. */
export function downloadLinks(key: string, deck: string): DownloadLink[] {
  const links: DownloadLink[] = [];
  const link = (
    href: string,
    file: string | null,
    format: ViewFile['format'],
    group: string,
    text: string,
  ): DownloadLink => ({
    href,
    file,
    format,
    label: `${group} · ${text}`,
    group,
    text,
    fileName: exportFileName(href),
  });
  for (const f of VIEW_FILES) {
    const href = `${exportDir(key)}/${f.file}`;
    if (f.format === 'png' || f.format === 'svg')
      links.push(link(href, f.file, f.format, `${f.format.toUpperCase()} · ${f.size.width}×${f.size.height}`, f.theme));
    else if (f.format === 'pptx') {
      links.push(link(href, f.file, 'pptx', 'PowerPoint', 'this chart, editable'));
      links.push(link(deck, null, 'pptx', 'PowerPoint', 'every chart, one deck'));
    } else links.push(link(href, f.file, f.format, 'Data', 'the chart’s numbers and quotes (CSV)'));
  }
  return links;
}

/** The image "Copy image" puts on the clipboard: the small light PNG, which pastes at a sensible size. */
export const CLIPBOARD_IMAGE_FILE = `${EXPORT_SIZES[1].width}x${EXPORT_SIZES[1].height}-light.png`;

export function clipboardImagePath(key: string): string {
  return `${exportDir(key)}/${CLIPBOARD_IMAGE_FILE}`;
}
