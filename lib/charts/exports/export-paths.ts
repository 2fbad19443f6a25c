/**
 * Where what leaves the site with a chart lives: the slide images (PNG and
 * SVG, 16:9, light and dark), the chart's CSV, and the embed page with its
 * ready-to-paste iframe code. All URLs are stable, so "insert image by URL"
 * in a slide deck keeps working after a rebuild. Pure and dependency-free:
 * the build, the pages and the browser all use these functions.
 */
import { type EmbedThemeChoice, type ParamDefinition, type ParamName, URL_PARAMS } from '../../url/params';
import { serializeViewState } from '../../url/view-state';
import { EMBED_IFRAME_ATTRIBUTE, embedSizingScript } from '../../embeds/sizing';
import type { ChartOptions } from '../model/types';

export const EXPORT_SIZES = [
  { width: 1920, height: 1080, label: 'Full HD' },
  { width: 1200, height: 675, label: 'Small' },
] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];

export const EXPORT_THEMES = ['light', 'dark'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

export const EXPORT_FORMATS = ['png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The folder of one view's files: /charts/capex-2025--per-year--highlight-meta */
export function exportDir(key: string): string {
  return `/charts/${key}`;
}

/**
 * One file of a view, as its folder names it: "1920x1080-dark.png", "chart.pptx", "data.csv". The build
 * writes each baked view's files; the browser makes them for a view drawn on demand (renderer/files.ts),
 * with the same name and contents.
 */
export interface ViewFile {
  file: string;
  format: ExportFormat | 'pptx' | 'csv';
  /** Images only. */
  size?: ExportSize;
  theme?: ExportTheme;
  /** The file's media type. */
  type: string;
}

const MEDIA_TYPES = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Every file a view has, in the Download menu's order: slide images, then PowerPoint, then the data. */
export const VIEW_FILES: readonly ViewFile[] = [
  ...EXPORT_FORMATS.flatMap((format) =>
    EXPORT_SIZES.flatMap((size) =>
      EXPORT_THEMES.map((theme): ViewFile => ({
        file: `${size.width}x${size.height}-${theme}.${format}`,
        format,
        size,
        theme,
        type: MEDIA_TYPES[format],
      })),
    ),
  ),
  { file: 'chart.pptx', format: 'pptx', type: MEDIA_TYPES.pptx },
  { file: 'data.csv', format: 'csv', type: MEDIA_TYPES.csv },
];

export function viewFile(file: string): ViewFile | undefined {
  return VIEW_FILES.find((f) => f.file === file);
}

/** /charts/capex-2025--per-year/1920x1080-dark.png */
export function exportImagePath(
  key: string,
  size: Pick<ExportSize, 'width' | 'height'>,
  theme: ExportTheme,
  format: ExportFormat,
): string {
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

/** A year's deck: every chart (its edition of that year), one slide each, in one PowerPoint file. */
export function deckPath(year: string | null): string {
  return year ? `/charts/ai-capex-${year}-charts.pptx` : '/charts/ai-capex-charts.pptx';
}

/** The name a downloaded file is saved under: /charts/aws-revenue/data.csv → ai-capex-aws-revenue-data.csv */
export function exportFileName(href: string): string {
  const [, , key, file] = href.split('/');
  return file ? `ai-capex-${key}-${file}` : key!;
}

export interface DownloadLink {
  href: string;
  /** The file within its view's folder ("1920x1080-light.png"); null for the deck, which is not one view's. */
  file: string | null;
  /** The link's accessible name, "PNG · 1920×1080 · light": its group, then its visible text (WCAG 2.5.3, label in name). */
  label: string;
  /** The menu line it sits on, "PNG · 1920×1080", and its name there, "light". */
  group: string;
  variant: string;
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
    variant: string,
  ): DownloadLink => ({
    href,
    file,
    format,
    label: `${group} · ${variant}`,
    group,
    variant,
    fileName: exportFileName(href),
  });
  for (const f of VIEW_FILES) {
    const href = `${exportDir(key)}/${f.file}`;
    if (f.size && f.theme)
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

/**
 * The embed page of a chart's edition (its slug, "capex-2025"), with the view's state in its query (defaults
 * left out); the edition is in the path, so it is not repeated in the query.
 */
export function embedPath(slug: string, options: Partial<ChartOptions> = {}, theme: EmbedThemeChoice = 'auto'): string {
  const query = Object.fromEntries(
    Object.entries(options).filter(([name]) => !(URL_PARAMS[name as ParamName] as ParamDefinition).edition),
  );
  return `/embed/${slug}${serializeViewState({ ...query, theme })}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Ready-to-paste embed code: the iframe (a title for screen readers, full width, the chart's height
 * as a fallback, lazy loading, leave to write the clipboard for the embed's "Copy" citation buttons) and the listener that then sizes it to the chart exactly (lib/embeds/sizing.ts).
 */
export function iframeCode(absoluteSrc: string, title: string, height: number): string {
  const origin = new URL(absoluteSrc).origin;
  return (
    `<iframe src="${escapeAttribute(absoluteSrc)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write" ${EMBED_IFRAME_ATTRIBUTE}></iframe>` +
    `<script>${embedSizingScript(origin)}</script>`
  );
}
