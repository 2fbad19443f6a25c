import { CiteAction } from '@/components/citations/CiteAction';
import { embedHeight } from '@/lib/embeds/sizing';
import { exportFileName } from '@/lib/charts/exports/export-paths';
import {
  type DownloadLink,
  CLIPBOARD_IMAGE_FILE,
  clipboardImagePath,
  downloadLinks,
} from '@/lib/charts/exports/download-menu';
import { embedPath, iframeCode, isPinnable, pinnedEmbedPath } from '@/lib/embeds/embed-code';
import type { ChartSpec } from '@/lib/charts/model/types';
import type { RenderedCitation } from '@/lib/citations/rendered-citation';
import { formatDate } from '@/lib/dataset/labels';
import { CLASS, data } from '@/lib/markup-contract';
import { absoluteUrl } from '@/lib/site';
import { formatView } from '@/lib/url/view';

/** Every action ('all': the pages), or Cite alone (an embed, whose panel opens in the frame's flow so that the frame grows to show it). */
export type ActionsMode = 'all' | 'cite';

interface ChartActionsProps {
  spec: ChartSpec;
  /** The block's id, which prefixes the ids the Copy buttons point at. */
  blockId: string;
  mode: ActionsMode;
  /** The view's citation; null where it is rendered when Cite is first opened (a view drawn on demand). */
  citation: RenderedCitation | null;
  /**
   * The build made this view's files, at stable addresses: its Download entries are links. Otherwise the
   * view was drawn on demand, and its entries are buttons that make each file in the browser (renderer/view-files.ts).
   */
  baked: boolean;
}

/**
 * What a reader can take away from one view of a chart: the embed code, the
 * slide images, PowerPoint file and CSV (a Download menu), "Copy image", and
 * its citation (Cite). Embed, Download and Cite are <details> disclosures, so
 * they open before any JavaScript; copying and making a file need the page
 * script, and its buttons wait for it. Rendered by the renderer
 * (renderer/view-parts.tsx): at build for every baked view, and in the
 * reader's browser for a view drawn on demand.
 */
export function ChartActions({ spec, blockId, mode, citation, baked }: ChartActionsProps) {
  const id = `${blockId}-${spec.key}`;
  const cite = (
    <CiteAction
      citation={citation}
      id={`${id}-cite`}
      what="this chart"
      version={spec.version}
      asOf={formatDate(spec.asOf)}
      inline={mode === 'cite'}
    />
  );
  // The actions name their view, so that a file or a citation asked for here is made for it.
  const root = {
    className: 'chart-actions',
    ...data({ viewActions: mode, viewKey: spec.key, view: formatView(spec.view) }),
  };
  if (mode === 'cite') return <div {...root}>{cite}</div>;
  const height = embedHeight(spec);
  // Two forms: live, which follows new data, and pinned to this release, which keeps the chart as it is today.
  const forms = [
    {
      id: `${id}-embed-code`,
      form: 'live',
      label: 'Live: follows new data',
      path: embedPath(spec.view),
    },
    ...(isPinnable(spec.view)
      ? [
          {
            id: `${id}-embed-pinned`,
            form: 'pinned',
            label: `Pinned to release ${spec.version}: stays as it is today`,
            path: pinnedEmbedPath(spec.view, spec.version),
          },
        ]
      : []),
  ];
  const groups = new Map<string, DownloadLink[]>();
  for (const l of downloadLinks(spec.key, spec.deckPath)) groups.set(l.group, [...(groups.get(l.group) ?? []), l]);
  return (
    <div {...root}>
      <details className="chart-action" data-action="embed" name={`${id}-menu`}>
        <summary>Embed</summary>
        <div className={CLASS.actionPanel}>
          {forms.map((form) => (
            <div key={form.id} className="embed-form" {...data({ embedForm: form.form })}>
              <label htmlFor={form.id} className="text-sm font-medium">
                {form.label}
              </label>
              <textarea
                id={form.id}
                className="embed-code"
                readOnly
                rows={3}
                defaultValue={iframeCode(absoluteUrl(form.path), spec.title, height)}
                spellCheck={false}
              />
              <div className="mt-1 mb-2 flex flex-wrap items-center gap-3">
                <button type="button" className="share-button" {...data({ copyTextFrom: `#${form.id}` })}>
                  Copy code
                </button>
                <a href={form.path} className="text-sm" target="_blank" rel="noopener">
                  Preview the embed
                </a>
              </div>
            </div>
          ))}
          {forms.length === 1 && (
            <p className="mt-2 text-xs text-muted">
              {spec.view.options.asof
                ? 'This view is as of a day: it shows what had been stated by then, whatever comes later.'
                : 'A composed view (a company filter or a highlight) is embedded live; the chart as it opens can also be pinned to a release.'}
            </p>
          )}
          <p className="mt-2 text-xs text-muted">
            The chart fills the width of the page it is embedded in. Add <code>theme=light</code> or{' '}
            <code>theme=dark</code> to its address to fix a theme; it follows the reader’s system setting otherwise.
          </p>
        </div>
      </details>
      <details className="chart-action" data-action="download" name={`${id}-menu`}>
        <summary>Download</summary>
        <div className={CLASS.actionPanel}>
          <p className="text-xs text-muted">
            Slide-ready, 16:9, with title, source line, date and this view’s link. SVGs keep their text as text.
            PowerPoint files hold a native, editable chart with its data sheet, and every quote in the speaker notes.{' '}
            {baked
              ? 'Every address is stable: copy a link to insert the image by URL in Google Slides.'
              : 'Your browser draws this view’s files when you ask for them; the first takes a moment.'}
          </p>
          <ul className="download-list mt-2">
            {[...groups].map(([group, items]) => (
              <li key={group}>
                <span className="download-group">{group}</span>
                {items.map((l) =>
                  baked || l.file === null ? (
                    <a key={l.href} href={l.href} download={l.fileName} aria-label={l.label} data-format={l.format}>
                      {l.text}
                    </a>
                  ) : (
                    <button
                      key={l.href}
                      type="button"
                      className="download-make"
                      aria-label={l.label}
                      data-format={l.format}
                      {...data({ makeFile: l.file, downloadName: l.fileName })}
                    >
                      {l.text}
                    </button>
                  ),
                )}
              </li>
            ))}
          </ul>
        </div>
      </details>
      <button
        type="button"
        className="share-button"
        {...data(
          baked ? { copyImage: clipboardImagePath(spec.key) } : { copyImage: '', makeFile: CLIPBOARD_IMAGE_FILE },
        )}
        {...data({ downloadName: exportFileName(clipboardImagePath(spec.key)) })}
      >
        Copy image
      </button>
      {cite}
    </div>
  );
}
