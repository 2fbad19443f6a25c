import { hatchSegments } from '@/lib/charts/hatch';
import type { LegendItem, LegendMark } from '@/lib/charts/spec';

/** A key for the marks a chart uses, drawn as the chart draws them. */
function Swatch({ mark }: { mark: LegendMark }) {
  const ink = 'var(--color-ink)';
  const neutral = 'var(--color-muted)';
  switch (mark) {
    case 'bar':
      return <rect x="1" y="3" width="18" height="10" fill={neutral} />;
    case 'range':
      return (
        <>
          <rect x="1" y="3" width="9" height="10" fill={neutral} />
          <rect x="10" y="3" width="8" height="10" fill={neutral} fillOpacity="0.32" />
          <line x1="18" x2="18" y1="1" y2="15" stroke={neutral} strokeWidth="2" />
        </>
      );
    case 'derived':
      // Hatching as lines, not a <pattern>: a page shows several legends, and a pattern's id would repeat.
      return (
        <>
          {hatchSegments(1, 3, 18, 10, 4).map((s, i) => (
            <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={neutral} strokeWidth="1.4" />
          ))}
          <rect x="1" y="3" width="18" height="10" fill="none" stroke={neutral} strokeWidth="1.2" />
        </>
      );
    case 'run-rate':
      return <rect x="6" y="4" width="8" height="8" transform="rotate(45 10 8)" fill={ink} />;
    case 'prior-year':
      return <line x1="10" x2="10" y1="1" y2="15" stroke={ink} strokeWidth="2" />;
  }
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label="Legend">
      {items.map((item) => (
        <li key={item.mark} className="flex items-center gap-1.5">
          <svg width="20" height="16" viewBox="0 0 20 16" aria-hidden="true">
            <Swatch mark={item.mark} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
