/**
 * The markup contract between components/ (which write the markup, at build
 * or in the renderer) and browser/ (which finds it and switches its state):
 * every class and data attribute that crosses that line is named here once,
 * and both sides use these names. Classes and attributes used only by the
 * stylesheet stay in the components.
 *
 * Dependency-free, so the page script can import it.
 */

/** Classes the page script looks for. */
export const CLASS = {
  /** A chart with its switches, views and actions (components/charts/ChartBlock.tsx). */
  chartBlock: 'chart-block',
  /** One view of a chart block per basis: subtitle, legend, chart, table, notes, source line (components/view/ChartBody.tsx). */
  variant: 'chart-variant',
  /** The actions under one view (components/view/ChartActions.tsx) and the quotes printed with it. */
  variantActions: 'chart-variant-actions',
  /** A chart row (bar, texts): carries its entity and whether it is dimmed. */
  rowGroup: 'chart-row-group',
  /** The focusable part of a row, which opens its figure's citation card. */
  row: 'chart-row',
  /** A figure's citation card (components/figures/CitationCard.tsx), fetched when its bar is first opened. */
  citationCard: 'citation-card',
  /** Where fetched cards are kept, at the end of the body. */
  cardHost: 'citation-cards',
  /** The panel of an action (Embed, Download, Cite): a copy button's source is looked up inside it first. */
  actionPanel: 'chart-action-panel',
  /** What a Cite says while its citation is being written (a view drawn on demand); it says so if that fails. */
  citePending: 'cite-pending',
} as const;

/**
 * Data attributes, by their `dataset` name: `viewKey` is `data-view-key`.
 * What each holds is said beside it.
 */
export const DATA_NAMES = [
  /** On a chart block: its chart id. */
  'chart',
  /** On a view and its actions: the position of the block's basis switch it is under ('per-year', 'total'), or 'default'. */
  'variant',
  /** On a view and its actions: the view's key (lib/charts/model/keys.ts), which names its files. */
  'viewKey',
  /** On a view and its actions: the view itself, in its one codec (lib/url/view.ts's formatView): "capex?year=2025&basis=total". */
  'view',
  /** Inside a view's actions: the slot holding them, swapped with the view. */
  'viewActions',
  /** On a block's heading: it names the view shown. */
  'viewTitle',
  /** On a block while a view it asked for is on its way. */
  'viewPending',
  /** On a row, a marker or a table line: the figure it shows. */
  'figureId',
  /** On a row group or a table line: its entity's slug. */
  'entity',
  /** On a row group: present when the row is dimmed (another company is highlighted). */
  'dimmed',
  /** The print-only list of where each number of a view comes from (components/view/ChartQuotes.tsx). */
  'chartQuotes',
  /** On a printed quote: the entity whose number it backs. */
  'quoteEntity',
  /** On the overview's controls: 'loading', then 'ready'; holds the id of the block they drive in `blockId`. */
  'overviewControls',
  'blockId',
  /** On a control group, select or button: which parameter it sets ('year', 'companies', 'highlight'), or what it does ('allCompanies'). */
  'control',
  /** On a company's checkbox: the years it has plans for, space-separated. */
  'years',
  /** On an embed's main element: the URL parameters it reads, space-separated. */
  'embedReads',
  /** On an embed's link back to its full view, where it follows the view the embed's URL asks for. */
  'fullView',
  /** On each form of a view's embed code: 'live' (follows new data) or 'pinned' (to the release, drawn at build). */
  'embedForm',
  /** The ignored-parameters notice: its host, the slot it is shown in, its template, its text and its dismiss button. */
  'noticeHost',
  'noticeSlot',
  'noticeTemplate',
  'noticeText',
  'noticeDismiss',
  /** Copy buttons: a URL (and the view's query), the text of an element, or the chart as an image. */
  'copyUrl',
  'copyQuery',
  'copyTextFrom',
  'copyImage',
  /** On an element whose HTML is copied with its text (a citation keeps its italics). */
  'copyHtml',
  /** A copy button's word for success ("Citation copied"), and the file name of an image it downloads instead. */
  'copiedLabel',
  'downloadName',
  /** On a Download entry or Copy image of a view drawn on demand: the file to make, e.g. "1920x1080-light.png". */
  'makeFile',
  /** On a Cite whose citation is rendered when first opened (a view drawn on demand): its id prefix and whether it is inline. */
  'citePending',
  /** A citation card's close button. */
  'cardClose',
  /** In a citation: the access date, which the page script sets to the reader's today. */
  'accessed',
  /** A citation's CSL-JSON download, whose access date the page script sets. */
  'cslDownload',
  /**
   * Time windows (lib/dataset/windows.ts): an element true from a day (`shownFrom`, inclusive) until a day
   * (`shownUntil`, exclusive). Today's are shown and the others hidden at build; a page as of a day shows
   * those whose window holds it (browser/as-of.ts).
   */
  'shownFrom',
  'shownUntil',
  /** On what only today's data can say (a count, a sentence about every plan): hidden on a page as of a day. */
  'todayOnly',
  /** On a chart block with editions: each edition with the day it begins, "2025@2025-01-03 2026@2026-01-28". */
  'editionsFrom',
  /** The as-of banner: shown, with its day, on a page as of a day; its link back to today's page. */
  'asOfBanner',
  'asOfDay',
  'asOfToday',
  /** On <html>: the edge host drew the view the address asks for, so the page paints it as it is (lib/html/first-paint.ts). */
  'drawnAtEdge',
  /**
   * On <html>, from before the first paint: the address asks for a view the build did not draw, on its way from
   * the renderer; until it is shown, rows the address did not ask for are not painted (lib/html/first-paint.ts).
   * On the first-paint script: the renderer's files, which it starts fetching then.
   */
  'viewArriving',
  'viewRenderer',
] as const;

export type DataName = (typeof DATA_NAMES)[number];

/** `viewKey` → `data-view-key` */
export function dataAttribute(name: DataName): string {
  return `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

type DataValue = string | number | boolean | null | undefined;

/**
 * Data attributes as JSX props: `<div {...data({ viewKey: spec.key })}>`. `true` writes "true" (a flag
 * that a test can tell from a missing one); false, null and undefined leave it out.
 */
export function data(values: Partial<Record<DataName, DataValue>>): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(values) as [DataName, DataValue][]) {
    if (value === false || value === null || value === undefined) continue;
    props[dataAttribute(name)] = String(value);
  }
  return props;
}

/**
 * An element true over a window of days (lib/dataset/windows.ts): its window as data attributes, and hidden
 * unless it holds today (it has no end), so a page shows today's at build and browser/as-of.ts switches.
 */
export function shownWhile(window: { from: string | null; until: string | null }): Record<string, string | boolean> {
  return {
    ...data({ shownFrom: window.from, shownUntil: window.until }),
    ...(window.until === null ? {} : { hidden: true }),
  };
}

/** A CSS selector for the attribute, with a value if given: `[data-view-key="capex-2025--total"]`. */
export function select(name: DataName, value?: string): string {
  return value === undefined
    ? `[${dataAttribute(name)}]`
    : `[${dataAttribute(name)}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

/** The attribute's value on an element, or null. */
export function readData(el: Element, name: DataName): string | null {
  return el.getAttribute(dataAttribute(name));
}

/** Sets the attribute (true as "true"), or removes it (false, null, undefined). */
export function writeData(el: Element, name: DataName, value: DataValue): void {
  if (value === false || value === null || value === undefined) el.removeAttribute(dataAttribute(name));
  else el.setAttribute(dataAttribute(name), String(value));
}
