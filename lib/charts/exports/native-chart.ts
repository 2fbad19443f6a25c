/**
 * A chart spec as a native, editable PowerPoint chart: categories, series and
 * per-bar styles for its data sheet, number formats that print the site's
 * value labels, alt text and speaker notes. Pure; renderer/pptx.ts
 * writes it with pptxgenjs.
 *
 * How the site's encodings carry over:
 *  - a range is two overlapping bars, the low end solid over the high end in a
 *    lighter tint, labelled "$60–65B";
 *  - a derived value (a computed run-rate, an averaged commitment) is its own
 *    series, drawn hatched, so it never looks like a reported one;
 *  - a marker (Amazon's run-rate, its 2024 capex) becomes its own bar right
 *    under its row, so every number the picture draws is in the data sheet;
 *  - value labels are number formats (`"~$"0"B"`), so they stay tied to the
 *    cell they label when someone edits the data.
 */
import { KIND_LABEL, formatDate } from '../../dataset/labels';
import { SHORT_PREFIX, formatUsdPlain } from '../../money/format';
import { DIMMED_OPACITY } from '../model/dimming';
import { DERIVED_TINT, RANGE_TINT } from '../geometry/marks';
import type { ChartSpec, ChartValue } from '../model/types';

export type SeriesRole = 'range' | 'value' | 'derived';

/** Drawn in this order, each over the one before: the range's high end first, so the low end covers it. */
export const SERIES_ORDER: readonly SeriesRole[] = ['range', 'value', 'derived'];

/** How the solid series is named in the legend, by the kinds of figure it holds: "Planned or reported". */
const KIND_IN_LEGEND: Record<ChartValue['kind'], string> = {
  plan: 'planned',
  revision: 'planned',
  reported: 'reported',
  guidance: 'guidance',
  estimate: 'press estimate',
  claim: 'claimed',
  derived: 'computed',
};

export interface NativePoint {
  category: string;
  figureId: string;
  /** The colour token of the bar's entity, and how much of it the bar keeps (100 unless dimmed). */
  colorToken: string;
  strength: number;
  /** Value per series in the chart's unit, null where the bar has none. */
  values: Record<SeriesRole, number | null>;
  /** Which series carries the value label, and its number format. */
  labelSeries: SeriesRole;
  formatCode: string;
  /** What the label reads, exactly as on the site. */
  valueLabel: string;
  dimmed: boolean;
}

export interface NativeChart {
  unit: { divisor: number; suffix: 'B' | 'M' };
  /** The series that have at least one value, in drawing order. */
  series: { role: SeriesRole; name: string }[];
  /**
   * In the data sheet's order, which is bottom-up: a bar chart draws its first category at the
   * bottom. Reversing the axis instead would put the value axis on top in LibreOffice and Keynote,
   * so the sheet is listed bottom-up and every application draws the site's top-down order.
   */
  points: NativePoint[];
  axis: { max: number; step: number; formatCode: string };
  /** Tints, as a percentage of the colour kept, for the fills the site draws lighter. */
  tints: { range: number; derived: number; dimmed: number };
}

function unitFor(spec: ChartSpec): NativeChart['unit'] {
  return spec.axis.max >= 1e9 ? { divisor: 1e9, suffix: 'B' } : { divisor: 1e6, suffix: 'M' };
}

function inUnit(usd: number, unit: NativeChart['unit']): number {
  return Math.round((usd / unit.divisor) * 1e4) / 1e4;
}

const quoted = (text: string) => `"${text.replace(/"/g, '')}"`;

/**
 * The number format that prints a value as the site does: `"~$"0"B"` for ~$100B,
 * `"$"0.00"B"` for $28.79B. A range's label cannot come from one cell, so it is
 * written out: `"$60–65B"`.
 */
export function valueFormatCode(
  v: Pick<ChartValue, 'low' | 'high' | 'qualifier' | 'valueLabel'>,
  unit: NativeChart['unit'],
): string {
  if (v.low !== v.high) return quoted(v.valueLabel);
  const n = inUnit(v.high, unit);
  const decimals = Math.min(2, (String(n).split('.')[1] ?? '').length);
  return `${quoted(`${SHORT_PREFIX[v.qualifier]}$`)}${decimals ? `0.${'0'.repeat(decimals)}` : '0'}${quoted(unit.suffix)}`;
}

/** What a number format prints for a value: enough of Excel's rules for the formats above. */
export function applyFormatCode(code: string, value: number): string {
  return code.replace(/"([^"]*)"|0(?:\.(0+))?/g, (_m, literal: string | undefined, decimals: string | undefined) =>
    literal !== undefined ? literal : value.toFixed(decimals?.length ?? 0),
  );
}

export function nativeChart(spec: ChartSpec): NativeChart {
  const unit = unitFor(spec);
  const values: ChartValue[] = spec.rows.flatMap((r) => [r, ...r.markers]);
  const points: NativePoint[] = spec.rows.flatMap((row) => {
    const bars: { value: ChartValue; category: string }[] = [
      { value: row, category: `${row.label}\n${row.sublabel}` },
      ...row.markers.map((m) => ({
        value: m,
        category: `${row.label}: ${m.name}\n${KIND_LABEL[m.kind]} · ${m.period}`,
      })),
    ];
    return bars.map(({ value: v, category }): NativePoint => {
      const derived = v.kind === 'derived';
      const range = v.low !== v.high;
      const values: Record<SeriesRole, number | null> = {
        range: range ? inUnit(v.high, unit) : null,
        value: derived ? null : inUnit(v.low, unit),
        derived: derived ? inUnit(v.low, unit) : null,
      };
      return {
        category,
        figureId: v.figureId,
        colorToken: row.colorToken,
        strength: row.dimmed ? DIMMED_OPACITY * 100 : 100,
        values,
        labelSeries: range ? 'range' : derived ? 'derived' : 'value',
        formatCode: valueFormatCode(v, unit),
        valueLabel: v.valueLabel,
        dimmed: row.dimmed,
      };
    });
  });
  points.reverse();
  const kinds = [...new Set(values.filter((v) => v.kind !== 'derived').map((v) => KIND_IN_LEGEND[v.kind]))];
  const names: Record<SeriesRole, string> = {
    range: 'Range, low to high',
    value: kinds.length ? `${kinds.join(' or ').replace(/^./, (c) => c.toUpperCase())}` : 'Reported',
    derived: 'Computed, not reported',
  };
  const series = SERIES_ORDER.filter((role) => points.some((p) => p.values[role] !== null)).map((role) => ({
    role,
    name: names[role],
  }));
  const [first = 0, second = spec.axis.max] = spec.axis.ticks;
  const step = second - first;
  return {
    unit,
    series,
    points,
    // "$0" at zero, "$25B" after, as the site's ticks read.
    axis: {
      max: inUnit(spec.axis.max, unit),
      step: inUnit(step, unit),
      formatCode: `[=0]"$0";"$"0${quoted(unit.suffix)}`,
    },
    tints: { range: RANGE_TINT, derived: DERIVED_TINT, dimmed: DIMMED_OPACITY * 100 },
  };
}

/**
 * Speaker notes: everything the slide leaves out. The chart's notes, then each
 * bar with its value in full, its period, kind and formula, and every quote
 * behind it with publisher, headline, date and address; then the source line,
 * the dataset's date and the view's permalink.
 */
export function speakerNotes(spec: ChartSpec, permalink: string): string {
  const out: string[] = [spec.title, spec.subtitle, ''];
  if (spec.notes.length) out.push('Notes', ...spec.notes.map((n) => `• ${n}`), '');
  out.push('Every value and its sources');
  for (const row of spec.rows) {
    const bars: { value: ChartValue; name: string; extra: string | null }[] = [
      { value: row, name: `${row.label} (${row.sublabel})`, extra: row.note },
      ...row.markers.map((m) => ({ value: m, name: `${row.label}: ${m.name}`, extra: null })),
    ];
    for (const { value: v, name, extra } of bars) {
      const amount = v.low === v.high ? formatUsdPlain(v.low) : `${formatUsdPlain(v.low)} to ${formatUsdPlain(v.high)}`;
      out.push(
        '',
        `${name}: ${v.valueLabel} — ${v.valueText} (${amount}); ${KIND_LABEL[v.kind].toLowerCase()}, ${v.period}.`,
      );
      if (extra) out.push(`  ${extra}.`);
      out.push(`  Stated: ${v.stated}.${v.measure ? ` Measure: ${v.measure}.` : ''}`);
      if (v.confidence) out.push(`  ${v.confidence}: see its note on the site.`);
      if (v.formula) out.push(`  Computed: ${v.formula}.`);
      if (v.citations.length === 0) out.push('  No source states it: computed from the figures it is derived from.');
      for (const c of v.citations) {
        const where = `${c.publisher}, “${c.headline}”${c.published ? `, ${formatDate(c.published)}` : ''}.${c.url ? ` ${c.url}` : ''}`;
        // A report is cited, never quoted: its sentences are not copied.
        out.push(c.quote ? `  “${c.quote}” — ${where}` : `  Reported by ${where}`);
      }
    }
  }
  out.push(
    '',
    spec.sourceLine,
    `${spec.asOfDay ? 'As it stood on' : 'Data as of'} ${formatDate(spec.asOf)}, dataset version ${spec.version}. This view: ${permalink}`,
  );
  return out.join('\n');
}
