/**
 * Every file of a view (lib/charts/exports/export-paths.ts's VIEW_FILES), made from its
 * spec: the slide images (SVG and PNG, both sizes, both themes), the
 * PowerPoint file with its native chart and cited speaker notes, and the CSV.
 * The build writes them for every baked view (scripts/bake.tsx); the reader's
 * browser makes them for a view drawn on demand (browser/on-demand/make-file.ts).
 * Same code, same inputs, same bytes.
 */
import { EXPORT_SIZES, type ViewFile, viewFile } from '@/lib/charts/exports/export-paths';
import type { ChartSpec } from '@/lib/charts/model/types';
import { chartCsv } from '@/lib/downloads/chart-csv';
import type { Dataset } from '@/lib/dataset/schema';
import { PREVIEW_SIZE } from '@/lib/charts/model/page-charts';
import { exportChartMarkup, exportChartMarkups, framedSpec, themedSvg } from './export-svg';
import type { ExportKit } from './host';

export interface MadeFile {
  file: ViewFile;
  /** Text files (SVG, CSV) as text, the others as bytes. */
  content: string | Uint8Array;
}

/**
 * Makes several files of one view, sharing the work they have in common: the slide is drawn once
 * for all its images, whatever their size and theme.
 */
export async function makeViewFiles(
  kit: ExportKit,
  ds: Dataset,
  spec: ChartSpec,
  files: readonly ViewFile[],
): Promise<MadeFile[]> {
  let slides: string[] | undefined;
  // The slide and the PowerPoint chart draw as many rows as a slide holds legibly, and say so; the CSV has them all.
  let slide: ChartSpec | undefined;
  const onSlide = () => (slide ??= framedSpec(kit, ds, spec, 'slide'));
  const made: MadeFile[] = [];
  for (const file of files) {
    if (file.format === 'csv') made.push({ file, content: chartCsv(spec) });
    else if (file.format === 'pptx') {
      // Loaded when asked for: in the browser, PowerPoint's writer is most of the files' code.
      const { pptxFor } = await import('./pptx');
      made.push({ file, content: await pptxFor(kit.tokens, [onSlide()], spec.title, kit.raster.measure) });
    } else {
      // One slide drawing (1920×1080 user units) for both sizes: the small one is the same slide, scaled.
      slides ??= exportChartMarkups(kit, onSlide(), 'slide', EXPORT_SIZES);
      const markup = slides[EXPORT_SIZES.indexOf(file.size)] ?? '';
      const svg = themedSvg(kit.tokens, markup, file.theme);
      made.push({ file, content: file.format === 'svg' ? svg : kit.raster.png(svg, file.size.width) });
    }
  }
  return made;
}

/** One file of a view, by its name in the view's folder ("1920x1080-light.png"). */
export async function makeViewFile(kit: ExportKit, ds: Dataset, spec: ChartSpec, name: string): Promise<MadeFile> {
  const file = viewFile(name);
  if (!file) throw new Error(`A view has no file "${name}"`);
  const [made] = await makeViewFiles(kit, ds, spec, [file]);
  if (!made) throw new Error(`The file "${name}" was not made`);
  return made;
}

/**
 * A view's link preview: the 1200×630 card (light) that chat apps and social sites show for a link to it. The
 * build makes each page's (/og/…); the edge host makes any view's, at its address (viewPreviewPath).
 */
export function makeLinkPreview(kit: ExportKit, ds: Dataset, spec: ChartSpec): Uint8Array {
  const framed = framedSpec(kit, ds, spec, 'preview');
  return kit.raster.png(themedSvg(kit.tokens, exportChartMarkup(kit, framed, 'preview'), 'light'), PREVIEW_SIZE.width);
}
