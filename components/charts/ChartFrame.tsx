/**
 * A chart ready to leave the site: title, subtitle, legend, the chart, its
 * source line and the dataset's date, on the page background — the layout of
 * link previews (1200×630) and slide exports (16:9). Text stays text. Built at
 * build time only; lines are pre-wrapped by the caller, who can measure them.
 */
import type { LegendItem } from '@/lib/charts/spec';

export interface FrameText {
  lines: string[];
  size: number;
  lineHeight: number;
}

export interface FrameLegendItem extends LegendItem {
  x: number;
  y: number;
}

export interface ChartFrameProps {
  width: number;
  height: number;
  pad: number;
  fontFamily: string;
  title: FrameText;
  subtitle: FrameText;
  legend: { items: FrameLegendItem[]; size: number };
  /** The chart's own SVG, already placed (x, y, width, height set on its root). */
  chartSvg: string;
  /** The chart's notes (fiscal years, bases, disagreements), above the source line. */
  notes: FrameText & { y: number };
  source: FrameText & { y: number };
  footer: { left: string; right: string; size: number; y: number };
  description: string;
}

const INK = 'var(--color-ink)';
const MUTED = 'var(--color-muted)';

function LegendMark({ mark, x, y, s }: { mark: LegendItem['mark']; x: number; y: number; s: number }) {
  const c = MUTED;
  switch (mark) {
    case 'bar':
      return <rect x={x} y={y - s * 0.65} width={s * 1.4} height={s * 0.7} fill={c} />;
    case 'range':
      return (
        <g>
          <rect x={x} y={y - s * 0.65} width={s * 0.7} height={s * 0.7} fill={c} />
          <rect x={x + s * 0.7} y={y - s * 0.65} width={s * 0.7} height={s * 0.7} fill={c} fillOpacity="0.32" />
          <line x1={x + s * 1.4} x2={x + s * 1.4} y1={y - s * 0.8} y2={y + s * 0.2} stroke={c} strokeWidth={s * 0.12} />
        </g>
      );
    case 'derived':
      return (
        <g>
          {[0, 1, 2, 3].map((i) => (
            <line key={i} x1={x + i * s * 0.36} y1={y + s * 0.05} x2={x + i * s * 0.36 + s * 0.5} y2={y - s * 0.65} stroke={c} strokeWidth={s * 0.1} />
          ))}
          <rect x={x} y={y - s * 0.65} width={s * 1.4} height={s * 0.7} fill="none" stroke={c} strokeWidth={s * 0.08} />
        </g>
      );
    case 'run-rate':
      return <rect x={x + s * 0.45} y={y - s * 0.55} width={s * 0.5} height={s * 0.5} transform={`rotate(45 ${x + s * 0.7} ${y - s * 0.3})`} fill={INK} />;
    case 'prior-year':
      return <line x1={x + s * 0.7} x2={x + s * 0.7} y1={y - s * 0.85} y2={y + s * 0.25} stroke={INK} strokeWidth={s * 0.14} />;
  }
}

function Lines({ text, x, y, weight, fill }: { text: FrameText; x: number; y: number; weight: number; fill: string }) {
  return (
    <text x={x} y={y} fontSize={text.size} fontWeight={weight} fill={fill}>
      {text.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : text.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function ChartFrame(p: ChartFrameProps) {
  const titleY = p.pad + p.title.size * 0.8;
  const subtitleY = titleY + (p.title.lines.length - 1) * p.title.lineHeight + p.subtitle.size * 1.5;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={p.width}
      height={p.height}
      viewBox={`0 0 ${p.width} ${p.height}`}
      fontFamily={p.fontFamily}
      role="img"
      aria-labelledby="frame-title frame-desc"
    >
      <title id="frame-title">{p.title.lines.join(' ')}</title>
      <desc id="frame-desc">{p.description}</desc>
      <rect width={p.width} height={p.height} fill="var(--color-page)" />
      <Lines text={p.title} x={p.pad} y={titleY} weight={700} fill={INK} />
      <Lines text={p.subtitle} x={p.pad} y={subtitleY} weight={400} fill={MUTED} />
      {p.legend.items.map((item) => (
        <g key={item.mark}>
          <LegendMark mark={item.mark} x={item.x} y={item.y} s={p.legend.size} />
          <text x={item.x + p.legend.size * 1.8} y={item.y} fontSize={p.legend.size} fill={MUTED}>
            {item.label}
          </text>
        </g>
      ))}
      <g dangerouslySetInnerHTML={{ __html: p.chartSvg }} />
      {p.notes.lines.length > 0 && <Lines text={p.notes} x={p.pad} y={p.notes.y} weight={400} fill={MUTED} />}
      <Lines text={p.source} x={p.pad} y={p.source.y} weight={400} fill={MUTED} />
      <line x1={p.pad} x2={p.width - p.pad} y1={p.footer.y - p.footer.size * 1.4} y2={p.footer.y - p.footer.size * 1.4} stroke="var(--color-line)" />
      <text x={p.pad} y={p.footer.y} fontSize={p.footer.size} fontWeight={600} fill={INK}>
        {p.footer.left}
      </text>
      <text x={p.width - p.pad} y={p.footer.y} fontSize={p.footer.size} fill={MUTED} textAnchor="end">
        {p.footer.right}
      </text>
    </svg>
  );
}
