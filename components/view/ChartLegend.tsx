import { Shapes } from '@/components/view/Shapes';
import { legendShapes } from '@/lib/charts/geometry/marks';
import type { LegendItem } from '@/lib/charts/model/types';

/** A key for the marks a chart uses, drawn as the chart draws them (lib/charts/geometry/marks.ts), as the slide's legend is. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label="Legend">
      {items.map((item) => (
        <li key={item.mark} className="flex items-center gap-1.5">
          <svg width="20" height="16" viewBox="0 0 20 16" aria-hidden="true">
            <Shapes shapes={legendShapes(item.mark, { x: 1, y: 3, width: 18, height: 10 })} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
