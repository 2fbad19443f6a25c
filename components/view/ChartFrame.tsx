/**
 * A chart ready to leave the site: title, subtitle, legend, the chart, its
 * source line, the dataset's date and the view's permalink, on the page
 * background — slide exports (16:9) and link previews (1200×630), placed by
 * lib/charts/geometry/frame-layout.ts. Text stays text. Plain SVG 1.1 presentation
 * attributes only: colours are tokens that the export resolves to hex values,
 * nothing is faded by opacity. The chart itself is drawn by BarChartSvg and
 * moved into the slot left for it (renderer/export-svg.tsx), since Recharts
 * draws a document of its own.
 */
import { Shapes } from '@/components/view/Shapes';
import { LEGEND_MARK_WIDTH, type FrameLayout, type TextBlock } from '@/lib/charts/geometry/frame-layout';
import { legendShapes } from '@/lib/charts/geometry/marks';

export interface ChartFrameProps {
  frame: FrameLayout;
  fontFamily: string;
  description: string;
}

/** Marks the group the chart's own SVG content is moved into. */
export const CHART_SLOT = 'data-chart-slot';

const INK = 'var(--color-ink)';
const MUTED = 'var(--color-muted)';

function Lines({ text, fill }: { text: TextBlock; fill: string }) {
  return (
    <text x={text.x} y={text.y} fontSize={text.size} fontWeight={text.weight} fill={fill}>
      {text.lines.map((line, i) => (
        <tspan key={i} x={text.x} dy={i === 0 ? 0 : text.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function ChartFrame({ frame: f, fontFamily, description }: ChartFrameProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      version="1.1"
      width={f.width}
      height={f.height}
      viewBox={`0 0 ${f.width} ${f.height}`}
      fontFamily={fontFamily}
      role="img"
      aria-labelledby="frame-title frame-desc"
    >
      <title id="frame-title">{f.title.lines.join(' ')}</title>
      <desc id="frame-desc">{description}</desc>
      <rect width={f.width} height={f.height} fill="var(--color-page)" />
      <Lines text={f.title} fill={INK} />
      <Lines text={f.subtitle} fill={MUTED} />
      {f.legend.items.map((item) => {
        const s = f.legend.size;
        return (
          <g key={item.mark}>
            <Shapes
              shapes={legendShapes(item.mark, {
                x: item.x,
                y: item.y - s * 0.72,
                width: s * LEGEND_MARK_WIDTH,
                height: s * 0.72,
              })}
            />
            <text x={item.x + s * (LEGEND_MARK_WIDTH + 0.5)} y={item.y} fontSize={s} fill={MUTED}>
              {item.label}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${f.chart.x} ${f.chart.y})`} {...{ [CHART_SLOT]: '' }} />
      <Lines text={f.source} fill={MUTED} />
      <line
        x1={f.footer.x1}
        x2={f.footer.x2}
        y1={f.footer.ruleY}
        y2={f.footer.ruleY}
        stroke="var(--color-line)"
        strokeWidth={f.footer.size / 12}
      />
      <text x={f.footer.x1} y={f.footer.y} fontSize={f.footer.size} fontWeight={700} fill={INK}>
        {f.footer.left}
      </text>
      <text x={f.footer.x2} y={f.footer.y} fontSize={f.footer.size} fill={MUTED} textAnchor="end">
        {f.footer.right}
      </text>
    </svg>
  );
}
