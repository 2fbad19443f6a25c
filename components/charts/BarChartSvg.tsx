/**
 * The one chart renderer: a horizontal bar chart drawn by Recharts from a
 * ChartSpec. It runs at build time only (scripts/bake-charts.tsx), under a DOM
 * shim, and its SVG is what the page, the embed, the PNG/SVG exports and the
 * link previews show. Colours are CSS variables (var(--color-…)), resolved to
 * a theme's values only when an export is made.
 *
 * Each row is one focusable group (label, bar, note) carrying the figure id,
 * so the citation-card island can attach to it without re-rendering anything.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { type ChartLayout, DIMMED_OPACITY, axisHeight, chartHeight } from '@/lib/charts/layout';
import type { ChartRow, ChartSpec } from '@/lib/charts/spec';

const INK = 'var(--color-ink)';
const MUTED = 'var(--color-muted)';
const LINE = 'var(--color-line)';
const PAGE = 'var(--color-page)';

interface RowShapeProps {
  x?: number;
  y?: number;
  width?: number;
  payload?: ChartRow;
  layout: ChartLayout;
  chartKey: string;
  interactive: boolean;
}

/** Diagonal hatching, so a computed value never passes for a reported one. */
function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} fillOpacity="0.22" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
    </pattern>
  );
}

function RowShape({ x = 0, y = 0, width = 0, payload, layout, chartKey, interactive }: RowShapeProps) {
  if (!payload) return null;
  const row = payload;
  const color = `var(${row.colorToken})`;
  const bar = layout.barSize;
  // Bars start at zero on a linear axis, so the bar's own width gives pixels per dollar.
  const pxPerUsd = row.high > 0 ? width / row.high : 0;
  const lowWidth = row.low * pxPerUsd;
  const markerEnd = Math.max(row.high, ...row.markers.map((m) => m.value)) * pxPerUsd;
  const hasRunRate = row.markers.some((m) => m.kind === 'run-rate');
  const valueX = x + markerEnd + (hasRunRate ? bar * 0.45 + 8 : 8);
  const midY = y + bar / 2;
  const hatchId = `${chartKey}-hatch-${row.key}`;
  const fill = row.style === 'derived' ? `url(#${hatchId})` : color;
  const top = y - layout.labelSize * 0.7;
  const focusPad = 6;

  const a11y = interactive
    ? { role: 'button', tabIndex: 0, 'aria-label': row.ariaLabel, 'aria-haspopup': 'dialog' as const, 'aria-expanded': false }
    : {};

  return (
    <g className="chart-row-group" data-entity={row.entity} data-dimmed={row.dimmed ? 'true' : undefined}>
      {/* The button: the whole row is its hit area and carries the focus ring. Dimming fades its marks only. */}
      <g className="chart-row" data-figure-id={row.figureId} data-entity={row.entity} data-row={row.key} opacity={row.dimmed ? DIMMED_OPACITY : 1} {...a11y}>
        {row.style === 'derived' && (
          <defs>
            <HatchPattern id={hatchId} color={color} />
          </defs>
        )}
        <rect
          className="chart-row-focus"
          x={x - focusPad}
          y={y - (layout.rowHeight - bar) / 2 + 2}
          width={layout.width - 4 - (x - focusPad)}
          height={layout.rowHeight - 4}
          rx="6"
          fill="transparent"
        />
        {/* The solid bar reaches the low end; a range's remainder is lighter, with a cap at the high end. */}
        <rect x={x} y={y} width={Math.max(lowWidth, 1)} height={bar} fill={fill} stroke={row.style === 'derived' ? color : 'none'} strokeWidth={row.style === 'derived' ? 1.5 : 0} />
        {row.high > row.low && (
          <g data-mark="range">
            <rect x={x + lowWidth} y={y} width={width - lowWidth} height={bar} fill={color} fillOpacity="0.32" />
            <line x1={x + width} x2={x + width} y1={y - 3} y2={y + bar + 3} stroke={color} strokeWidth="2.5" />
          </g>
        )}
        {row.markers.map((m) =>
          m.kind === 'prior-year' ? (
            <g key={m.figureId} data-mark="prior-year" data-figure-id={m.figureId}>
              <line x1={x + m.value * pxPerUsd} x2={x + m.value * pxPerUsd} y1={y - 5} y2={y + bar + 5} stroke={PAGE} strokeWidth="5" />
              <line x1={x + m.value * pxPerUsd} x2={x + m.value * pxPerUsd} y1={y - 5} y2={y + bar + 5} stroke={INK} strokeWidth="2" />
            </g>
          ) : (
            <g key={m.figureId} data-mark="run-rate" data-figure-id={m.figureId}>
              <rect
                x={x + m.value * pxPerUsd - bar * 0.3}
                y={midY - bar * 0.3}
                width={bar * 0.6}
                height={bar * 0.6}
                transform={`rotate(45 ${x + m.value * pxPerUsd} ${midY})`}
                fill={INK}
                stroke={PAGE}
                strokeWidth="1.5"
              />
            </g>
          ),
        )}
      </g>
      {/*
        The texts repeat the button's accessible name for the eye, outside the button so its name
        can say "about $100B" rather than "~$100B"; clicks pass through them to the row.
      */}
      <g className="chart-row-text" aria-hidden="true" pointerEvents="none">
        {/* A dimmed row's texts turn muted, never faint: they stay readable (≥ 4.5:1). */}
        <text x={x} y={top} fontSize={layout.labelSize} fill={row.dimmed ? MUTED : INK}>
          <tspan fontWeight={row.dimmed ? 500 : 600}>{row.label}</tspan>
          <tspan dx={layout.labelSize * 0.6} fontSize={layout.sublabelSize} fill={MUTED}>
            {row.sublabel}
          </tspan>
        </text>
        <text x={valueX} y={midY} dy="0.35em" fontSize={layout.valueSize} fontWeight={row.dimmed ? 500 : 700} fill={row.dimmed ? MUTED : INK} className="num">
          {row.valueLabel}
        </text>
        {row.note && (
          <text x={x} y={y + bar + layout.noteSize * 1.35} fontSize={layout.noteSize} fill={MUTED}>
            {row.note}
          </text>
        )}
      </g>
    </g>
  );
}

export interface BarChartSvgProps {
  spec: ChartSpec;
  layout: ChartLayout;
  /** Rows become focusable buttons that open citation cards (the page and embeds). */
  interactive: boolean;
}

export function BarChartSvg({ spec, layout, interactive }: BarChartSvgProps) {
  const height = chartHeight(layout, spec.rows.length);
  const { top, right, bottom, left } = layout.margin;
  const tickMap = new Map(spec.axis.ticks.map((t, i) => [t, spec.axis.tickLabels[i]!]));
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
      <CartesianGrid horizontal={false} stroke={LINE} strokeDasharray="2 4" />
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
      <ReferenceLine x={0} stroke={INK} strokeWidth={1.5} />
      <Bar
        dataKey="high"
        barSize={layout.barSize}
        isAnimationActive={false}
        shape={(props: object) => <RowShape {...props} layout={layout} chartKey={spec.key} interactive={interactive} />}
      />
    </BarChart>
  );
}
