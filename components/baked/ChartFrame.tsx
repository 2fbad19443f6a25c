/**
 * A chart ready to leave the site: title, subtitle, legend, the chart, its
 * source line, the dataset's date and the view's permalink, on the page
 * background — slide exports (16:9) and link previews (1200×630), placed by
 * lib/charts/frame-layout.ts. Text stays text. Plain SVG 1.1 presentation
 * attributes only: colours are tokens that the export resolves to hex values,
 * nothing is faded by opacity. Built at build time only.
 */
import { LEGEND_MARK_WIDTH, type FrameLayout, type TextBlock } from '@/lib/charts/frame-layout';
import { hatchSegments } from '@/lib/charts/hatch';
import { RANGE_TINT } from '@/lib/charts/layout';
import type { LegendItem } from '@/lib/charts/spec';
import { mixWithPage } from '@/lib/theme/tokens';

export interface ChartFrameProps {
  frame: FrameLayout;
  fontFamily: string;
  /** The chart's own SVG content, drawn at the frame's chart box (its root is replaced by a group). */
  chartSvg: string;
  description: string;
}

const INK = 'var(--color-ink)';
const MUTED = 'var(--color-muted)';

function LegendMark({ mark, x, y, s }: { mark: LegendItem['mark']; x: number; y: number; s: number }) {
  const w = s * LEGEND_MARK_WIDTH;
  const top = y - s * 0.72;
  const h = s * 0.72;
  switch (mark) {
    case 'bar':
      return <rect x={x} y={top} width={w} height={h} fill={MUTED} />;
    case 'range':
      return (
        <g>
          <rect x={x} y={top} width={w / 2} height={h} fill={MUTED} />
          <rect x={x + w / 2} y={top} width={w / 2} height={h} fill={mixWithPage('--color-muted', RANGE_TINT)} />
          <line x1={x + w} x2={x + w} y1={top - s * 0.12} y2={top + h + s * 0.12} stroke={MUTED} strokeWidth={s * 0.12} />
        </g>
      );
    case 'derived':
      return (
        <g>
          {hatchSegments(x, top, w, h, s * 0.36).map((seg, i) => (
            <line key={i} x1={seg.x1} y1={seg.y1} x2={seg.x2} y2={seg.y2} stroke={MUTED} strokeWidth={s * 0.1} />
          ))}
          <rect x={x} y={top} width={w} height={h} fill="none" stroke={MUTED} strokeWidth={s * 0.08} />
        </g>
      );
    case 'run-rate': {
      const cx = x + w / 2;
      const cy = top + h / 2;
      const r = s * 0.42;
      return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} fill={INK} />;
    }
    case 'prior-year':
      return <line x1={x + w / 2} x2={x + w / 2} y1={top - s * 0.15} y2={top + h + s * 0.15} stroke={INK} strokeWidth={s * 0.14} />;
  }
}

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

export function ChartFrame({ frame: f, fontFamily, chartSvg, description }: ChartFrameProps) {
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
      {f.legend.items.map((item) => (
        <g key={item.mark}>
          <LegendMark mark={item.mark} x={item.x} y={item.y} s={f.legend.size} />
          <text x={item.x + f.legend.size * (LEGEND_MARK_WIDTH + 0.5)} y={item.y} fontSize={f.legend.size} fill={MUTED}>
            {item.label}
          </text>
        </g>
      ))}
      <g transform={`translate(${f.chart.x} ${f.chart.y})`} dangerouslySetInnerHTML={{ __html: chartSvg }} />
      <Lines text={f.source} fill={MUTED} />
      <line x1={f.footer.x1} x2={f.footer.x2} y1={f.footer.ruleY} y2={f.footer.ruleY} stroke="var(--color-line)" strokeWidth={f.footer.size / 12} />
      <text x={f.footer.x1} y={f.footer.y} fontSize={f.footer.size} fontWeight={700} fill={INK}>
        {f.footer.left}
      </text>
      <text x={f.footer.x2} y={f.footer.y} fontSize={f.footer.size} fill={MUTED} textAnchor="end">
        {f.footer.right}
      </text>
    </svg>
  );
}
