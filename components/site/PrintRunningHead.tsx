import { datasetMeta } from '@/server/data';
import { runningHeadCss } from '@/lib/print/running-head';
import { absoluteUrl } from '@/lib/site';

/**
 * The page's permalink and the dataset's as-of date for the running head of
 * its printed pages (app/globals.css, @media print). React hoists the style
 * into <head>. The overview's script keeps the permalink in step with its
 * URL state (browser/overview.ts).
 */
export function PrintRunningHead({ path }: { path: string }) {
  return (
    <style href={`print-running-head-${path}`} precedence="print">
      {runningHeadCss(absoluteUrl(path), datasetMeta())}
    </style>
  );
}
