/**
 * Where a view's files live and what they are called: the slide images (PNG and SVG, 16:9, light and dark),
 * the PowerPoint file, the chart's CSV, and each year's deck. All URLs are stable, so "insert image by URL"
 * in a slide deck keeps working after a rebuild. Pure and dependency-free: the build, the pages and the
 * browser all use these functions. (The Download menu that lists them: ./download-menu.ts.)
 */

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
 * writes each baked view's files; the browser makes them for a view drawn on demand (renderer/view-files.ts),
 * with the same name and contents.
 */
export type ViewFile = {
  file: string;
  /** The file's media type. */
  type: string;
} & ({ format: ExportFormat; size: ExportSize; theme: ExportTheme } | { format: 'pptx' } | { format: 'csv' });

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

/**
 * /charts/capex-2026--per-year--only-alphabet-microsoft/preview.png: a view's link preview (1200×630, light),
 * which the edge host draws for any view (a page's own preview is the build's, under /og/).
 */
export function viewPreviewPath(key: string): string {
  return `${exportDir(key)}/preview.png`;
}

/** A year's deck: every chart (its edition of that year), one slide each, in one PowerPoint file. */
export function deckPath(year: string | null): string {
  return year ? `/charts/ai-capex-${year}-charts.pptx` : '/charts/ai-capex-charts.pptx';
}

/** The name a downloaded file is saved under: /charts/aws-revenue/data.csv → ai-capex-aws-revenue-data.csv */
export function exportFileName(href: string): string {
  const [, , key, file] = href.split('/');
  return file ? `ai-capex-${key}-${file}` : (key ?? href);
}
