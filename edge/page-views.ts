/**
 * What a page's address asks each of its chart blocks to show, as the page script would work it out once
 * loaded (browser/overview.ts, browser/embed.ts, browser/as-of.ts), so that the edge host can draw it before any
 * script runs. Pure: it reads the page's outline (edge/page-outline.ts collects it from the page's markup) and
 * the query, through the parameter table.
 */
import type { ActionsMode } from '@/components/view/ChartActions';
import {
  DEFAULT_STATE,
  OVERVIEW_PARAMS,
  type ParamName,
  SWITCH_PARAMS,
  type UrlState,
  type Vocabulary,
  embedNotRead,
} from '@/lib/url/params';
import { type IgnoredParam, parseUrlState } from '@/lib/url/url-state';
import { type View, formatView, parseView, variantView } from '@/lib/url/view';
import { editionOn, stateAsOf } from '@/lib/url/view-as-of';

/** One view of a chart block, as the page's markup has it. */
export interface VariantOutline {
  /** The position of the block's basis switch it is under ('per-year', 'total', 'default'). */
  variant: string;
  /** Its view, in the view codec ("capex?year=2026"). */
  view: string;
  /** Its actions' mode, or null for a view without actions. */
  mode: ActionsMode | null;
}

export interface BlockOutline {
  id: string;
  /** The editions it may show as of a day, with their first days (lib/charts/model/view-days.ts), or null. */
  editionsFrom: string | null;
  variants: VariantOutline[];
}

/** What of a page decides what its address draws. */
export interface PageOutline {
  /** The block the overview's controls drive, on the overview. */
  drivenBlock: string | null;
  /** The parameters an embed reads, on an embed page. */
  embedReads: readonly ParamName[] | null;
  blocks: BlockOutline[];
}

export interface ComposedVariant {
  variant: string;
  mode: ActionsMode | null;
  view: View;
  /** Whether it is another view than the page's markup has. */
  changed: boolean;
}

export interface ComposedBlock {
  id: string;
  /** Hidden: as of the day, its chart had nothing to draw. */
  hidden: boolean;
  /** The state its switches show, for a block the address drives; null for one it leaves as it is. */
  switches: UrlState | null;
  variants: ComposedVariant[];
}

export interface ComposedPage {
  state: UrlState;
  /** What the address asked for that the page drops, with why: the page's notice says it. */
  ignored: IgnoredParam[];
  blocks: ComposedBlock[];
  /** Whether the page differs from its markup at all: if not, the static page is the answer. */
  changed: boolean;
}

/** The views the page's blocks show for the address's query. */
export function composePage(outline: PageOutline, search: string, vocabulary: Vocabulary): ComposedPage {
  const reads = outline.embedReads ?? (outline.drivenBlock ? OVERVIEW_PARAMS : (['asof'] as const));
  const { state, ignored } = parseUrlState(
    search,
    reads,
    vocabulary,
    outline.embedReads ? { notRead: embedNotRead } : undefined,
  );
  const day = state.asof;
  const blocks = outline.blocks.map((block): ComposedBlock => {
    const views = block.variants.map((v) => ({ ...v, shown: parseView(v.view, vocabulary) }));
    const driven = outline.embedReads !== null || block.id === outline.drivenBlock;
    const first = views[0]?.shown ?? null;
    let switches: UrlState | null = driven ? state : null;
    let blockState: UrlState | null = switches;
    let hidden = false;
    if (!driven && day && first) {
      const edition = editionOn(block.editionsFrom, day);
      hidden = edition === null;
      blockState = hidden ? null : stateAsOf(first, edition ?? first.edition, day);
    }
    const variants = views.flatMap((v): ComposedVariant[] => {
      if (!v.shown) return [];
      const view = blockState ? variantView(v.shown, blockState, vocabulary) : v.shown;
      return [{ variant: v.variant, mode: v.mode, view, changed: formatView(view) !== v.view }];
    });
    if (hidden) switches = null;
    return { id: block.id, hidden, switches, variants };
  });
  // A switch set by the address (the total commitment, the table) shows another of the block's variants.
  const switched = (b: ComposedBlock) =>
    SWITCH_PARAMS.some((name) => b.switches && b.switches[name] !== DEFAULT_STATE[name]);
  const changed = day !== null || blocks.some((b) => b.hidden || switched(b) || b.variants.some((v) => v.changed));
  return { state, ignored, blocks, changed };
}
