/**
 * The one chart renderer: a horizontal bar chart drawn by Recharts from a
 * ChartSpec. It runs at build time only (scripts/bake-charts.tsx and the
 * exports), under a DOM shim. Colours are CSS variables (var(--color-…)),
 * resolved to a theme's values only when an export is made.
 *
 * On the page (layout.target 'page'), each row is one focusable group (label,
 * bar, note) carrying the figure id, so the citation-card script can attach to
 * it without re-rendering anything. In an export ('export') the same marks are
 * drawn in plain SVG 1.1: no focus rectangles, no opacity on groups (a dimmed
 * row's colours are blended with the page instead), hatching as lines.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { hatchSegments } from '@/lib/charts/hatch';
import { DIMMED_OPACITY } from '@/lib/charts/dimming';
import { type ChartLayout, DERIVED_TINT, RANGE_TINT, axisHeight, chartHeight } from '@/lib/charts/layout';
import type { ChartRow, ChartSpec } from '@/lib/charts/spec';
import { mixWithPage } from '@/lib/theme/tokens';

const INK = '--color-ink';
const MUTED = '--color-muted';
const LINE = '--color-line';
const PAGE = '--color-page';

interface RowShapeProps {
  x?: number;
  y?: number;
  width?: number;
  payload?: ChartRow;
  layout: ChartLayout;
  chartKey: string;
}

/** Diagonal hatching for the page, so a computed value never passes for a reported one. */
function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} fillOpacity="0.22" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
    </pattern>
  );
}

/** The same hatching as plain lines over a tint, for exports. */
function HatchLines({ x, y, width, height, tint, color, outline, scale }: { x: number; y: number; width: number; height: number; tint: string; color: string; outline: string; scale: number }) {
  return (
    <g data-mark="derived">
      <rect x={x} y={y} width={width} height={height} fill={tint} />
      {hatchSegments(x, y, width, height, 8.5 * scale).map((s, i) => (
        <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={color} strokeWidth={3 * scale} />
      ))}
      <rect x={x} y={y} width={width} height={height} fill="none" stroke={outline} strokeWidth={1.5 * scale} />
    </g>
  );
}

function RowShape({ x = 0, y = 0, width = 0, payload, layout, chartKey }: RowShapeProps) {
  if (!payload) return null;
  const row = payload;
  const forExport = layout.target === 'export';
  const left = layout.labels === 'left';
  // In an export a dimmed row is drawn in blended, opaque colours. On the page it carries data-dimmed, and the
  // stylesheet's one rule fades it (at --dimmed-opacity, set from the same constant), so the page script can switch it.
  const strength = forExport && row.dimmed ? DIMMED_OPACITY * 100 : 100;
  const paint = (token: string, percent = 100) => (percent * strength) / 100 >= 100 ? `var(${token})` : mixWithPage(token, (percent * strength) / 100);
  const color = paint(row.colorToken);
  const scale = layout.tickSize / 12;
  const bar = layout.barSize;
  const barY = left ? y - (layout.noteSpace ?? 0) / 2 : y;
  // Bars start at zero on a linear axis, so the bar's own width gives pixels per dollar.
  const pxPerUsd = row.high > 0 ? width / row.high : 0;
  const lowWidth = row.low * pxPerUsd;
  const markerEnd = Math.max(row.high, ...row.markers.map((m) => m.high)) * pxPerUsd;
  const hasRunRate = row.markers.some((m) => m.mark === 'run-rate');
  const valueX = x + markerEnd + (hasRunRate ? bar * 0.45 : 0) + 8 * scale;
  const midY = barY + bar / 2;
  const hatchId = `${chartKey}-hatch-${row.key}`;
  const derived = row.style === 'derived';
  const weight = (strong: 600 | 700) => (forExport ? (row.dimmed ? 400 : 700) : strong);
  const textFill = `var(${forExport && row.dimmed ? MUTED : INK})`;
  const sublabelLines = layout.sublabelLines?.[row.key] ?? [row.sublabel];
  const focusPad = 6;

  const a11y = forExport
    ? {}
    : { role: 'button', tabIndex: 0, 'aria-label': row.ariaLabel, 'aria-haspopup': 'dialog' as const, 'aria-expanded': false };

  return (
    <g className="chart-row-group" data-entity={row.entity} data-dimmed={!forExport && row.dimmed ? 'true' : undefined}>
      {/* The button: the whole row is its hit area and carries the focus ring. Dimming fades its marks only. */}
      <g className="chart-row" data-figure-id={row.figureId} data-entity={row.entity} data-row={row.key} {...a11y}>
        {!forExport && derived && (
          <defs>
            <HatchPattern id={hatchId} color={color} />
          </defs>
        )}
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
        {/* The solid bar reaches the low end; a range's remainder is lighter, with a cap at the high end. */}
        {forExport && derived ? (
          <HatchLines x={x} y={barY} width={Math.max(lowWidth, 1)} height={bar} tint={paint(row.colorToken, DERIVED_TINT)} color={color} outline={color} scale={scale} />
        ) : (
          <rect x={x} y={barY} width={Math.max(lowWidth, 1)} height={bar} fill={derived ? `url(#${hatchId})` : color} stroke={derived ? color : 'none'} strokeWidth={derived ? 1.5 : 0} />
        )}
        {row.high > row.low && (
          <g data-mark="range">
            {forExport ? (
              <rect x={x + lowWidth} y={barY} width={width - lowWidth} height={bar} fill={paint(row.colorToken, RANGE_TINT)} />
            ) : (
              <rect x={x + lowWidth} y={barY} width={width - lowWidth} height={bar} fill={color} fillOpacity={RANGE_TINT / 100} />
            )}
            <line x1={x + width} x2={x + width} y1={barY - 3 * scale} y2={barY + bar + 3 * scale} stroke={color} strokeWidth={2.5 * scale} />
          </g>
        )}
        {row.markers.map((m) => {
          const mx = x + m.high * pxPerUsd;
          return m.mark === 'prior-year' ? (
            <g key={m.figureId} data-mark="prior-year" data-figure-id={m.figureId}>
              <line x1={mx} x2={mx} y1={barY - 5 * scale} y2={barY + bar + 5 * scale} stroke={`var(${PAGE})`} strokeWidth={5 * scale} />
              <line x1={mx} x2={mx} y1={barY - 5 * scale} y2={barY + bar + 5 * scale} stroke={paint(INK)} strokeWidth={2 * scale} />
            </g>
          ) : (
            <g key={m.figureId} data-mark="run-rate" data-figure-id={m.figureId}>
              {/* A diamond as a plain polygon: no transform for an office suite to get wrong. */}
              <polygon
                points={`${mx},${midY - bar * 0.42} ${mx + bar * 0.42},${midY} ${mx},${midY + bar * 0.42} ${mx - bar * 0.42},${midY}`}
                fill={paint(INK)}
                stroke={`var(${PAGE})`}
                strokeWidth={1.5 * scale}
              />
            </g>
          );
        })}
        {!left && <line x1={x} x2={x} y1={barY - 3} y2={barY + bar + 3} stroke={`var(${INK})`} strokeWidth="1.5" data-mark="zero" />}
      </g>
      {/*
        The texts repeat the button's accessible name for the eye, outside the button so its name
        can say "about $100B" rather than "~$100B"; clicks pass through them to the row.
      */}
      <g className="chart-row-text" aria-hidden="true" pointerEvents="none">
        {/* A dimmed row's texts turn muted, never faint: they stay readable (≥ 4.5:1). */}
        {left ? (
          <RowLabelColumn row={row} x={x - layout.margin.left} midY={midY} layout={layout} lines={sublabelLines} fill={textFill} weight={weight(600)} />
        ) : (
          <text x={x} y={y - layout.labelSize * 0.7} fontSize={layout.labelSize} fill={textFill}>
            <tspan fontWeight={weight(600)}>{row.label}</tspan>
            <tspan dx={layout.labelSize * 0.6} fontSize={layout.sublabelSize} fill={`var(${MUTED})`}>
              {row.sublabel}
            </tspan>
          </text>
        )}
        <text x={valueX} y={midY + layout.valueSize * 0.35} fontSize={layout.valueSize} fontWeight={weight(700)} fill={textFill} className="num">
          {row.valueLabel}
        </text>
        {row.note && (
          <text x={left ? x + layout.noteSize * 0.4 : x} y={barY + bar + layout.noteSize * 1.3} fontSize={layout.noteSize} fill={`var(${MUTED})`}>
            {row.note}
          </text>
        )}
      </g>
    </g>
  );
}

/** Exports: the row's name and its period/kind in a column left of the bars, centred on the bar. */
function RowLabelColumn({ row, x, midY, layout, lines, fill, weight }: { row: ChartRow; x: number; midY: number; layout: ChartLayout; lines: string[]; fill: string; weight: number }) {
  const subLine = layout.sublabelSize * 1.25;
  const blockHeight = layout.labelSize + lines.length * subLine;
  const nameY = midY - blockHeight / 2 + layout.labelSize * 0.8;
  return (
    <>
      <text x={x} y={nameY} fontSize={layout.labelSize} fontWeight={weight} fill={fill}>
        {row.label}
      </text>
      <text x={x} y={nameY + layout.sublabelSize * 1.35} fontSize={layout.sublabelSize} fill={`var(${MUTED})`}>
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
  const tickMap = new Map(spec.axis.ticks.map((t, i) => [t, spec.axis.tickLabels[i]!]));
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
      <CartesianGrid horizontal={false} stroke={`var(${LINE})`} strokeDasharray={`${2 * scale} ${4 * scale}`} strokeWidth={scale} verticalValues={spec.axis.ticks.slice(1)} />
      <XAxis
        type="number"
        dataKey="high"
        domain={[0, spec.axis.max]}
        ticks={spec.axis.ticks}
        interval={0}
        tickFormatter={(v: number) => tickMap.get(v) ?? ''}
        tick={{ fill: `var(${MUTED})`, fontSize: layout.tickSize }}
        tickLine={false}
        axisLine={false}
        height={axisHeight(layout)}
      />
      <YAxis type="category" dataKey="key" hide width={0} />
      {labelsLeft && <ReferenceLine x={0} stroke={`var(${INK})`} strokeWidth={1.5 * scale} />}
      <Bar dataKey="high" barSize={layout.barSize} isAnimationActive={false} shape={(props: object) => <RowShape {...props} layout={layout} chartKey={spec.key} />} />
    </BarChart>
  );
}
