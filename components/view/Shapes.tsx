import type { MarkGroup, Paint, Shape } from '@/lib/charts/geometry/marks';
import { mixWithPage } from '@/lib/theme/tokens';

/** A paint as an SVG colour: the token itself, or blended with the page (one opaque colour, which exports resolve to hex). */
export function paintValue(paint: Paint): string {
  return paint.percent >= 100 ? `var(${paint.token})` : mixWithPage(paint.token, paint.percent);
}

/** Draws the shapes of lib/charts/geometry/marks.ts: every mark of every chart, legend and slide goes through here. */
export function Shapes({ shapes }: { shapes: readonly Shape[] }) {
  return shapes.map((s, i) => {
    const stroke = 'stroke' in s && s.stroke ? { stroke: paintValue(s.stroke), strokeWidth: s.strokeWidth } : {};
    switch (s.kind) {
      case 'rect':
        return (
          <rect
            key={i}
            x={s.x}
            y={s.y}
            width={s.width}
            height={s.height}
            fill={s.fill ? paintValue(s.fill) : 'none'}
            {...stroke}
          />
        );
      case 'line':
        return <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} {...stroke} />;
      case 'polygon':
        return <polygon key={i} points={s.points} fill={paintValue(s.fill)} {...stroke} />;
    }
  });
}

/** A row's marks, each a group naming its mark and figure. */
export function MarkGroups({ groups }: { groups: readonly MarkGroup[] }) {
  return groups.map((g) => (
    <g
      key={`${g.mark}-${g.figureId}`}
      data-mark={g.mark}
      data-figure-id={g.mark === 'run-rate' || g.mark === 'prior-year' ? g.figureId : undefined}
    >
      <Shapes shapes={g.shapes} />
    </g>
  ));
}
