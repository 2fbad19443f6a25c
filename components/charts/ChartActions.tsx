import { embedHeight } from '@/lib/charts/embed-sizing';
import { type DownloadLink, clipboardImagePath, downloadLinks, embedPath, exportFileName, iframeCode } from '@/lib/charts/export-paths';
import type { ChartSpec } from '@/lib/charts/spec';
import { absoluteUrl } from '@/lib/site';
import { CiteAction } from '@/components/citations/CiteAction';
import { citeChart } from '@/lib/citations/cite';
import { formatDate } from '@/lib/dataset/labels';

/**
 * What a reader can take away from one chart: the embed code, the slide
 * images and the CSV (a Download menu), "Copy image", and its citation
 * (Cite). Embed, Download and Cite are <details> disclosures and plain links,
 * so they work before any JavaScript; copying needs the share script, and its
 * buttons wait for it. The embed page offers only Cite (`citeOnly`), opening
 * in the frame's flow so that the frame grows to show it.
 * Each view of a chart has its own actions: the overview renders one per
 * highlight and the page script shows the one of the highlighted company.
 */
export function ChartActions({ spec, blockId, citeOnly = false }: { spec: ChartSpec; blockId: string; citeOnly?: boolean }) {
  const id = `${blockId}-${spec.key}`;
  const cite = <CiteAction citation={citeChart(spec)} id={`${id}-cite`} what="this chart" version={spec.version} asOf={formatDate(spec.asOf)} inline={citeOnly} />;
  if (citeOnly)
    return (
      <div className="chart-actions" data-chart-actions data-chart-id={spec.id} data-chart-key={spec.key} data-highlight={spec.options.highlight ?? ''}>
        {cite}
      </div>
    );
  const embedSrc = absoluteUrl(embedPath(spec.id, spec.options));
  const code = iframeCode(embedSrc, spec.title, embedHeight(spec));
  const groups = new Map<string, DownloadLink[]>();
  for (const l of downloadLinks(spec.key)) groups.set(l.group, [...(groups.get(l.group) ?? []), l]);
  return (
    <div
      className="chart-actions"
      data-chart-actions
      data-chart-id={spec.id}
      data-chart-key={spec.key}
      data-highlight={spec.options.highlight ?? ''}
    >
      <details className="chart-action" data-action="embed" name={`${id}-menu`}>
        <summary>Embed</summary>
        <div className="chart-action-panel">
          <label htmlFor={`${id}-embed-code`} className="text-sm font-medium">
            Embed code
          </label>
          <textarea id={`${id}-embed-code`} className="embed-code" readOnly rows={4} defaultValue={code} spellCheck={false} />
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <button type="button" className="share-button" data-copy-text-from={`#${id}-embed-code`}>
              Copy code
            </button>
            <a href={embedPath(spec.id, spec.options)} className="text-sm" target="_blank" rel="noopener">
              Preview the embed
            </a>
          </div>
          <p className="mt-2 text-xs text-muted">
            The chart fills the width of the page it is embedded in. Add <code>theme=light</code> or <code>theme=dark</code> to its address to
            fix a theme; it follows the reader’s system setting otherwise.
          </p>
        </div>
      </details>
      <details className="chart-action" data-action="download" name={`${id}-menu`}>
        <summary>Download</summary>
        <div className="chart-action-panel">
          <p className="text-xs text-muted">
            Slide-ready, 16:9, with title, source line, date and this view’s link. SVGs keep their text as text. PowerPoint files hold a native,
            editable chart with its data sheet, and every quote in the speaker notes. Every address is stable: copy a link to insert the image
            by URL in Google Slides.
          </p>
          <ul className="download-list mt-2">
            {[...groups].map(([group, items]) => (
              <li key={group}>
                <span className="download-group">{group}</span>
                {items.map((l) => (
                  <a key={l.href} href={l.href} download={l.fileName} aria-label={l.label} data-format={l.format}>
                    {l.variant}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </div>
      </details>
      <button type="button" className="share-button" data-copy-image={clipboardImagePath(spec.key)} data-download-name={exportFileName(clipboardImagePath(spec.key))}>
        Copy image
      </button>
      {cite}
      <p className="chart-actions-filtered text-xs text-muted">Embed, downloads and citation show all five companies.</p>
    </div>
  );
}
