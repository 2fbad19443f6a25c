/**
 * A page's markup, read and rewritten by workerd's streaming HTMLRewriter: its outline (what decides what its
 * address draws), then the page with each changed view's parts in place of the build's — what
 * browser/show-view.ts swaps in once the page script has run, here before any script does — with its switches,
 * controls, as-of banner and windows set, and its link preview, oEmbed link and Open Graph URL naming the view.
 * Everything else on the page is the build's, byte for byte.
 */
import { holds } from '@/lib/dataset/windows';
import { CLASS, dataAttribute, select } from '@/lib/markup-contract';
import { PARAM_NAMES, SWITCH_PARAMS, type UrlState } from '@/lib/url/params';
import { formatDay } from '@/lib/url/url-state';
import { formatView } from '@/lib/url/view';
import type { ViewParts } from '@/renderer/view-parts';
import type { BlockOutline, ComposedBlock, ComposedPage, PageOutline, VariantOutline } from './page-views';

const attr = dataAttribute;

/** The page's outline: the overview's driven block, an embed's parameters, each block's views and actions. */
export async function readOutline(html: string): Promise<PageOutline> {
  const outline: PageOutline = { drivenBlock: null, embedReads: null, blocks: [] };
  let block: BlockOutline | undefined;
  let actionsOf: VariantOutline | undefined;
  await new HTMLRewriter()
    .on(select('overviewControls'), {
      element: (e) => void (outline.drivenBlock = e.getAttribute(attr('blockId'))),
    })
    .on(select('embedReads'), {
      element: (e) => {
        const named = (e.getAttribute(attr('embedReads')) ?? '').split(' ');
        outline.embedReads = PARAM_NAMES.filter((name) => named.includes(name));
      },
    })
    .on(`.${CLASS.chartBlock}`, {
      element: (e) => {
        block = { id: e.getAttribute('id') ?? '', editionsFrom: e.getAttribute(attr('editionsFrom')), variants: [] };
        outline.blocks.push(block);
      },
    })
    .on(`.${CLASS.variant}`, {
      element: (e) =>
        void block?.variants.push({
          variant: e.getAttribute(attr('variant')) ?? '',
          view: e.getAttribute(attr('view')) ?? '',
          mode: null,
        }),
    })
    .on(`.${CLASS.variantActions}`, {
      element: (e) => void (actionsOf = block?.variants.find((v) => v.variant === e.getAttribute(attr('variant')))),
    })
    .on(select('viewActions'), {
      element: (e) => {
        if (actionsOf) actionsOf.mode = e.getAttribute(attr('viewActions')) === 'cite' ? 'cite' : 'all';
      },
    })
    .transform(new Response(html))
    .arrayBuffer();
  return outline;
}

/** What the rewritten page names besides its views: the address's view as a link preview and an oEmbed. */
export interface PageMeta {
  /** The request's address, its query normalised: the page's Open Graph URL. */
  url: string;
  /** The main view's title and its preview image's and oEmbed's absolute addresses. */
  title: string;
  preview: string;
  oembed: string;
  /** The address without its day: the as-of banner's link back to today. */
  today: string;
}

/** The parts drawn for each changed view, by block id and variant. */
export type DrawnParts = ReadonlyMap<string, ViewParts>;

export function partsKey(block: string, variant: string): string {
  return `${block}\u0000${variant}`;
}

/** The page's markup with the composed views, switches, controls and day in place. */
export function rewritePage(html: string, init: ResponseInit, page: ComposedPage, parts: DrawnParts, meta: PageMeta) {
  const blocks = new Map(page.blocks.map((b) => [b.id, b]));
  const state: UrlState = page.state;
  const day = state.asof;
  let block: ComposedBlock | undefined;
  let actionsVariant: string | null = null;
  let control: string | null = null;
  const drawn = (variant: string | null) => {
    const v = block?.variants.find((x) => x.variant === variant);
    return block && v?.changed ? { v, parts: parts.get(partsKey(block.id, v.variant)) } : null;
  };
  const setContent = (selector: string, name: string, value: string) =>
    rewriter.on(selector, { element: (e) => void e.setAttribute(name, value) });

  const rewriter = new HTMLRewriter()
    .on('html', { element: (e) => void e.setAttribute(attr('drawnAtEdge'), 'true') })
    .on(`.${CLASS.chartBlock}`, {
      element: (e) => {
        block = blocks.get(e.getAttribute('id') ?? '');
        if (block?.hidden) e.setAttribute('hidden', '');
      },
    })
    .on(select('viewTitle'), {
      element: (e) => {
        const first = block?.variants[0];
        const title = first && drawn(first.variant)?.parts?.title;
        if (title) e.setInnerContent(title);
      },
    })
    .on(`.${CLASS.variant}`, {
      element: (e) => {
        const found = drawn(e.getAttribute(attr('variant')));
        if (!found?.parts) return;
        e.setInnerContent(found.parts.body, { html: true });
        e.setAttribute(attr('view'), formatView(found.v.view));
        e.setAttribute(attr('viewKey'), found.parts.key);
      },
    })
    .on(`.${CLASS.variantActions}`, { element: (e) => void (actionsVariant = e.getAttribute(attr('variant'))) })
    .on(`.${CLASS.variantActions} ${select('chartQuotes')}`, {
      element: (e) => {
        const found = drawn(actionsVariant);
        if (!found?.parts) return;
        if (found.parts.quotes) e.replace(found.parts.quotes, { html: true });
        else e.remove();
      },
    })
    .on(`.${CLASS.variantActions} ${select('viewActions')}`, {
      element: (e) => {
        const found = drawn(actionsVariant);
        const markup = found?.v.mode ? found.parts?.actions[found.v.mode] : undefined;
        if (markup) e.replace(markup, { html: true });
      },
    })
    .on('input[type="radio"]', {
      element: (e) => {
        const switches = block?.switches;
        const name = SWITCH_PARAMS.find((n) => e.getAttribute('name') === `${block?.id}-${n}`);
        if (!switches || !name) return;
        if (e.getAttribute('value') === switches[name]) e.setAttribute('checked', '');
        else e.removeAttribute('checked');
      },
    })
    // The overview's controls, as its script would set them: the companies shown, the highlight, the year.
    .on('input[type="checkbox"]', {
      element: (e) => {
        const driven = page.blocks.find((b) => b.switches)?.id;
        if (!driven || e.getAttribute('name') !== `${driven}-companies`) return;
        const shown = state.companies === null || state.companies.includes(e.getAttribute('value') ?? '');
        if (shown) e.setAttribute('checked', '');
        else e.removeAttribute('checked');
      },
    })
    .on(`select${select('control')}`, { element: (e) => void (control = e.getAttribute(attr('control'))) })
    .on(`select${select('control')} option`, {
      element: (e) => {
        const chosen =
          control === 'highlight' ? (state.highlight ?? '') : control === 'year' ? (state.year ?? '') : null;
        if (chosen === null) return;
        if (e.getAttribute('value') === chosen) e.setAttribute('selected', '');
        else e.removeAttribute('selected');
      },
    });

  setContent('meta[property="og:image"]', 'content', meta.preview);
  setContent('meta[name="twitter:image"]', 'content', meta.preview);
  setContent('meta[property="og:title"]', 'content', meta.title);
  setContent('meta[name="twitter:title"]', 'content', meta.title);
  setContent('meta[property="og:image:alt"]', 'content', `${meta.title}: chart with its numbers and sources`);
  setContent('meta[name="twitter:image:alt"]', 'content', `${meta.title}: chart with its numbers and sources`);
  setContent('meta[property="og:url"]', 'content', meta.url);
  setContent('link[type="application/json+oembed"]', 'href', meta.oembed);

  if (day) {
    rewriter
      .on('html', { element: (e) => void e.setAttribute(attr('asOfDay'), day) })
      .on(`${select('shownFrom')}, ${select('shownUntil')}`, {
        element: (e) => {
          const window = { from: e.getAttribute(attr('shownFrom')), until: e.getAttribute(attr('shownUntil')) };
          if (holds(window, day)) e.removeAttribute('hidden');
          else e.setAttribute('hidden', '');
        },
      })
      .on(select('todayOnly'), { element: (e) => void e.setAttribute('hidden', '') })
      .on(select('asOfBanner'), { element: (e) => void e.removeAttribute('hidden') })
      .on(select('asOfDay'), {
        element: (e) => {
          e.setInnerContent(formatDay(day));
          e.setAttribute('datetime', day);
        },
      })
      .on(`a${select('asOfToday')}`, { element: (e) => void e.setAttribute('href', meta.today) })
      .on('input[name="asof"]', { element: (e) => void e.setAttribute('value', day) });
  }
  return rewriter.transform(new Response(html, init));
}
