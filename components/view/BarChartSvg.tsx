/**
 * The chart: a horizontal bar chart drawn by Recharts from a ChartSpec. The
 * renderer (renderer/chart-svg.tsx) runs it at build, under a DOM shim, and
 * on demand in the reader's browser, for views the build did not draw.
 * Colours are CSS variables (var(--color-…)), resolved to a theme's values
 * only when an export is made. Marks come from lib/charts/geometry/marks.ts.
 *
 * On the page (layout.target 'page'), each row is one focusable group (label,
 * bar, note) carrying the figure id, so the citation-card script can attach to
 * it without re-rendering anything. In an export ('export') the same marks are
 * drawn in plain SVG 1.1: no focus rectangles, no opacity on groups (a dimmed
 * row's colours are blended with the page instead).
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { MarkGroups } from '@/components/view/Shapes';
import { DIMMED_OPACITY } from '@/lib/charts/model/dimming';
import { type ChartLayout, axisHeight, chartHeight } from '@/lib/charts/geometry/layout';
import { markReach, rowMarks } from '@/lib/charts/geometry/marks';
import type { ChartRow, ChartSpec } from '@/lib/charts/model/types';
import { CLASS, data } from '@/lib/markup-contract';

const INK = 'var(--color-ink)';
const MUTED = 'var(--color-muted)';
const LINE = 'var(--color-line)';

interface RowShapeProps {
  x?: number;
  y?: number;
  width?: number;
  payload?: ChartRow;
  layout: ChartLayout;
}

function RowShape({ x = 0, y = 0, width = 0, payload, layout }: RowShapeProps) {
  if (!payload) return null;
  const row = payload;
  const forExport = layout.target === 'export';
  const left = layout.labels === 'left';
  const scale = layout.tickSize / 12;
  const bar = layout.barSize;
  const barY = left ? y - (layout.noteSpace ?? 0) / 2 : y;
  // Bars start at zero on a linear axis, so the bar's own width gives pixels per dollar.
  const pxPerUsd = row.high > 0 ? width / row.high : 0;
  const markerEnd = Math.max(row.high, ...row.markers.map((m) => m.high)) * pxPerUsd;
  const valueX = x + markerEnd + markReach(row, bar) + 8 * scale;
  const midY = barY + bar / 2;
  // In an export a dimmed row is drawn in blended, opaque colours. On the page it carries data-dimmed, and the
  // stylesheet's one rule fades it (at --dimmed-opacity), so the page script can switch it.
  const strength = forExport && row.dimmed ? DIMMED_OPACITY * 100 : 100;
  const weight = (strong: 600 | 700) => (forExport ? (row.dimmed ? 400 : 700) : strong);
  const textFill = forExport && row.dimmed ? MUTED : INK;
  const sublabelLines = layout.sublabelLines?.[row.key] ?? [row.sublabel];
  const focusPad = 6;

  const a11y = forExport
    ? {}
    : {
        role: 'button',
        tabIndex: 0,
        'aria-label': row.ariaLabel,
        'aria-haspopup': 'dialog' as const,
        'aria-expanded': false,
      };

  return (
    <g className={CLASS.rowGroup} {...data({ entity: row.entity, dimmed: !forExport && row.dimmed })}>
      {/* The button: the whole row is its hit area and carries the focus ring. Dimming fades its marks only. */}
      <g className={CLASS.row} {...data({ figureId: row.figureId, entity: row.entity })} {...a11y}>
        {!forExport && (
          <rect
            className="chart-row-focus"
            x={x - focusPad}
            y={y - (layout.rowHeight - bar) / 2 + 2}
            width={layout.width - 4 - (x - focusPad)}
            height={layout.rowHeight - 4}
            rx="6"
            fill="none"
            pointerEvents="all"
          />
        )}
        <MarkGroups groups={rowMarks(row, { x, y: barY, bar, pxPerUsd, scale, strength })} />
        {!left && (
          <line x1={x} x2={x} y1={barY - 3} y2={barY + bar + 3} stroke={INK} strokeWidth="1.5" data-mark="zero" />
        )}
      </g>
      {/*
        The texts repeat the button's accessible name for the eye, outside the button so its name
        can say "about $100B" rather than "~$100B"; clicks pass through them to the row.
      */}
      <g className="chart-row-text" aria-hidden="true" pointerEvents="none">
        {/* A dimmed row's texts turn muted, never faint: they stay readable (≥ 4.5:1). */}
        {left ? (
          <RowLabelColumn
            x={x - layout.margin.left}
            midY={midY}
            layout={layout}
            names={layout.labelLines?.[row.key] ?? [row.label]}
            lines={sublabelLines}
            fill={textFill}
            weight={weight(600)}
          />
        ) : (
          <text x={x} y={y - layout.labelSize * 0.7} fontSize={layout.labelSize} fill={textFill}>
            <tspan fontWeight={weight(600)}>{row.label}</tspan>
            <tspan dx={layout.labelSize * 0.6} fontSize={layout.sublabelSize} fill={MUTED}>
              {row.sublabel}
            </tspan>
          </text>
        )}
        <text
          x={valueX}
          y={midY + layout.valueSize * 0.35}
          fontSize={layout.valueSize}
          fontWeight={weight(700)}
          fill={textFill}
          className="num"
        >
          {row.valueLabel}
        </text>
        {row.note && (
          <text
            x={left ? x + layout.noteSize * 0.4 : x}
            y={barY + bar + layout.noteSize * 1.3}
            fontSize={layout.noteSize}
            fill={MUTED}
          >
            {row.note}
          </text>
        )}
      </g>
    </g>
  );
}

/** Exports: the row's name and its period/kind in a column left of the bars, centred on the bar. */
function RowLabelColumn({
  x,
  midY,
  layout,
  names,
  lines,
  fill,
  weight,
}: {
  x: number;
  midY: number;
  layout: ChartLayout;
  names: string[];
  lines: string[];
  fill: string;
  weight: number;
}) {
  const subLine = layout.sublabelSize * 1.25;
  const nameLine = layout.labelSize * 1.15;
  const blockHeight = layout.labelSize + (names.length - 1) * nameLine + lines.length * subLine;
  const nameY = midY - blockHeight / 2 + layout.labelSize * 0.8;
  const lastNameY = nameY + (names.length - 1) * nameLine;
  return (
    <>
      <text x={x} y={nameY} fontSize={layout.labelSize} fontWeight={weight} fill={fill}>
        {names.length === 1
          ? names[0]
          : names.map((name, i) => (
              <tspan key={i} x={x} dy={i === 0 ? 0 : nameLine}>
                {name}
              </tspan>
            ))}
      </text>
      <text x={x} y={lastNameY + layout.sublabelSize * 1.35} fontSize={layout.sublabelSize} fill={MUTED}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : subLine}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}

export interface BarChartSvgProps {
  spec: ChartSpec;
  layout: ChartLayout;
}

export function BarChartSvg({ spec, layout }: BarChartSvgProps) {
  const height = chartHeight(layout, spec.rows.length);
  const { top, right, bottom, left } = layout.margin;
  const tickMap = new Map(spec.axis.ticks.map((t, i) => [t, spec.axis.tickLabels[i] ?? '']));
  const scale = layout.tickSize / 12;
  const labelsLeft = layout.labels === 'left';
  return (
    <BarChart
      width={layout.width}
      height={height}
      data={spec.rows}
      layout="vertical"
      margin={{ top, right, bottom, left }}
      barCategoryGap={0}
      accessibilityLayer={false}
      role="group"
      title={spec.title}
      desc={spec.description}
    >
      {/* No grid line at zero: above-bar labels start there, and the zero line is drawn per bar instead. */}
      <CartesianGrid
        horizontal={false}
        stroke={LINE}
        strokeDasharray={`${2 * scale} ${4 * scale}`}
        strokeWidth={scale}
        verticalValues={spec.axis.ticks.slice(1)}
      />
      <XAxis
        type="number"
        dataKey="high"
        domain={[0, spec.axis.max]}
        ticks={spec.axis.ticks}
        interval={0}
        tickFormatter={(v: number) => tickMap.get(v) ?? ''}
        tick={{ fill: MUTED, fontSize: layout.tickSize }}
        tickLine={false}
        axisLine={false}
        height={axisHeight(layout)}
      />
      <YAxis type="category" dataKey="key" hide width={0} />
      {labelsLeft && <ReferenceLine x={0} stroke={INK} strokeWidth={1.5 * scale} />}
      <Bar
        dataKey="high"
        barSize={layout.barSize}
        isAnimationActive={false}
        shape={(props: object) => <RowShape {...props} layout={layout} />}
      />
    </BarChart>
  );
}
