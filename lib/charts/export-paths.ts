/**
 * Where what leaves the site with a chart lives: the slide images (PNG and
 * SVG, 16:9, light and dark), the chart's CSV, and the embed page with its
 * ready-to-paste iframe code. All URLs are stable, so "insert image by URL"
 * in a slide deck keeps working after a rebuild. Pure and dependency-free:
 * the build, the pages and the browser all use these functions.
 */
import type { EmbedThemeChoice } from '../url/params';
import { serializeViewState } from '../url/view-state';
import { EMBED_IFRAME_ATTRIBUTE, embedSizingScript } from './embed-sizing';
import type { ChartOptions } from './spec';

export const EXPORT_SIZES = [
  { width: 1920, height: 1080, label: 'Full HD' },
  { width: 1200, height: 675, label: 'Small' },
] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];

export const EXPORT_THEMES = ['light', 'dark'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

export const EXPORT_FORMATS = ['png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The folder of one chart's files: /charts/capex-2025--per-year--highlight-meta */
export function exportDir(key: string): string {
  return `/charts/${key}`;
}

/** /charts/capex-2025--per-year/1920x1080-dark.png */
export function exportImagePath(key: string, size: Pick<ExportSize, 'width' | 'height'>, theme: ExportTheme, format: ExportFormat): string {
  return `${exportDir(key)}/${size.width}x${size.height}-${theme}.${format}`;
}

/** /charts/capex-2025--per-year/data.csv */
export function chartCsvPath(key: string): string {
  return `${exportDir(key)}/data.csv`;
}

/** /charts/capex-2025--per-year/chart.pptx: one slide with the chart as a native, editable PowerPoint chart. */
export function chartPptxPath(key: string): string {
  return `${exportDir(key)}/chart.pptx`;
}

/** Every chart, one slide each, in one PowerPoint deck. */
export const DECK_PATH = '/charts/ai-capex-2025-charts.pptx';

/** The name a downloaded file is saved under: /charts/aws-revenue/data.csv → ai-capex-aws-revenue-data.csv */
export function exportFileName(href: string): string {
  const [, , key, file] = href.split('/');
  return file ? `ai-capex-${key}-${file}` : key!;
}

export interface DownloadLink {
  href: string;
  /** The link's accessible name, "PNG · 1920×1080 · light": its group, then its visible text (WCAG 2.5.3, label in name). */
  label: string;
  /** The menu line it sits on, "PNG · 1920×1080", and its name there, "light". */
  group: string;
  variant: string;
  /** Suggested file name, e.g. "ai-capex-capex-2025--per-year-1920x1080-light.png". */
  fileName: string;
  format: ExportFormat | 'pptx' | 'csv';
}

/** The Download menu of one chart: slide images, then PowerPoint, then the data. */
export function downloadLinks(key: string): DownloadLink[] {
  const links: DownloadLink[] = [];
  for (const format of EXPORT_FORMATS) {
    for (const size of EXPORT_SIZES) {
      for (const theme of EXPORT_THEMES) {
        const href = exportImagePath(key, size, theme, format);
        const group = `${format.toUpperCase()} · ${size.width}×${size.height}`;
        links.push({ href, format, label: `${group} · ${theme}`, group, variant: theme, fileName: exportFileName(href) });
      }
    }
  }
  const pptx = chartPptxPath(key);
  links.push({ href: pptx, format: 'pptx', label: 'PowerPoint · this chart, editable', group: 'PowerPoint', variant: 'this chart, editable', fileName: exportFileName(pptx) });
  links.push({ href: DECK_PATH, format: 'pptx', label: 'PowerPoint · every chart, one deck', group: 'PowerPoint', variant: 'every chart, one deck', fileName: exportFileName(DECK_PATH) });
  const csv = chartCsvPath(key);
  links.push({ href: csv, format: 'csv', label: 'Data · the chart’s numbers and quotes (CSV)', group: 'Data', variant: 'the chart’s numbers and quotes (CSV)', fileName: exportFileName(csv) });
  return links;
}

/** The image "Copy image" puts on the clipboard: the small light PNG, which pastes at a sensible size. */
export function clipboardImagePath(key: string): string {
  return exportImagePath(key, EXPORT_SIZES[1], 'light', 'png');
}

/** The embed page of a chart, with the view's state in its query (defaults left out). */
export function embedPath(id: string, options: Partial<Pick<ChartOptions, 'basis' | 'highlight'>> = {}, theme: EmbedThemeChoice = 'auto'): string {
  return `/embed/${id}${serializeViewState({ ...options, theme })}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Ready-to-paste embed code: the iframe (a title for screen readers, full width, the chart's height
 * as a fallback, lazy loading, leave to write the clipboard for the embed's "Copy" citation buttons) and the listener that then sizes it to the chart exactly (lib/charts/embed-sizing.ts).
 */
export function iframeCode(absoluteSrc: string, title: string, height: number): string {
  const origin = new URL(absoluteSrc).origin;
  return (
    `<iframe src="${escapeAttribute(absoluteSrc)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write" ${EMBED_IFRAME_ATTRIBUTE}></iframe>` +
    `<script>${embedSizingScript(origin)}</script>`
  );
}
