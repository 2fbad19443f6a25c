/**
 * A view in a frame that cannot hold all of its rows at the slide type scale
 * (twenty companies on a 1920×1080 slide, or on a 1200×630 link preview): the
 * frame draws the largest rows that fit — always the highlighted one — and
 * says what it leaves out and where the whole view is, rather than shrinking
 * or overlapping its text. The cut view is the same view of fewer companies,
 * so its legend, notes, axis and source line speak of what it shows; it keeps
 * the whole view's title, key and permalink. Its CSV and the page keep every row.
 */
import type { Dataset } from '../../dataset/schema';
import { type FrameName, FrameOverflow, type FooterText, type Measure, layoutFrame } from './frame-layout';
import { takes } from '../model/chart-ids';
import { buildChartSpec } from '../model/spec';
import { viewFor } from '../model/registry';
import type { ChartSpec } from '../model/types';

function fits(spec: ChartSpec, frame: FrameName, measure: Measure, footer: FooterText): boolean {
  try {
    layoutFrame(spec, frame, measure, footer);
    return true;
  } catch (error) {
    if (error instanceof FrameOverflow) return false;
    throw error;
  }
}

/** The spec a frame draws: the view itself when it fits, else its largest rows with a sentence on the rest. */
export function fitToFrame(
  ds: Dataset,
  spec: ChartSpec,
  frame: FrameName,
  measure: Measure,
  footer: FooterText,
): ChartSpec {
  if (fits(spec, frame, measure, footer) || !takes(spec.view.chart, 'companies')) return spec;
  // A company may have several rows (a plan and what it spent): it is kept or left out whole, by its largest.
  const all = [...new Set(spec.rows.map((r) => r.entity))];
  const bySize = [...spec.rows]
    .sort((a, b) => b.high - a.high || all.indexOf(a.entity) - all.indexOf(b.entity))
    .filter((r, i, rows) => rows.findIndex((x) => x.entity === r.entity) === i);
  const where = footer.permalink.replace(/^https?:\/\//, '');
  /** The view cut to its `shown` largest rows (the highlighted one always among them), saying what it leaves out. */
  const cutTo = (shown: number): ChartSpec => {
    let kept = bySize.slice(0, shown).map((r) => r.entity);
    const highlight = spec.view.options.highlight;
    if (highlight && all.includes(highlight) && !kept.includes(highlight))
      kept = [...kept.slice(0, shown - 1), highlight];
    const companies = all.filter((e) => kept.includes(e));
    const cut = buildChartSpec(
      ds,
      viewFor(ds, spec.view.chart, { ...spec.view.options, year: spec.view.edition, companies }),
    );
    const left = bySize.filter((r) => !kept.includes(r.entity));
    return {
      ...cut,
      title: spec.title,
      key: spec.key,
      permalink: spec.permalink,
      leftOut: `Shown: the ${shown} largest of ${all.length}; all ${all.length} at ${where}.`,
      notes: [
        ...cut.notes,
        `Left out for legibility, largest first: ${left
          .sort((a, b) => b.high - a.high)
          .map((r) => `${r.label} ${r.valueLabel}`)
          .join(', ')}. Every value and quote is in the view’s CSV and at ${where}.`,
      ],
    };
  };
  // Fewer rows never fit worse: the most that fit is found by bisection, in a handful of layouts however many rows there are.
  let [lo, hi] = [0, all.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cutTo(mid), frame, measure, footer)) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 1) return cutTo(lo);
  throw new Error(`Chart "${spec.key}" fits no row in a ${frame}`);
}
