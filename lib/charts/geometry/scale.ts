/**
 * A "nice" linear axis from zero: round steps (1, 2, 2.5, 5 × 10^k) so the
 * ticks read as $25B, $50B… and the axis ends on a tick at or above the data.
 */
export interface Axis {
  max: number;
  ticks: number[];
}

export function niceAxis(dataMax: number, maxTicks = 6): Axis {
  if (dataMax <= 0) return { max: 1, ticks: [0, 1] };
  const intervals = maxTicks - 1;
  const rough = dataMax / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // rough / magnitude is in [1, 10): one of these steps always reaches it.
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const max = Math.ceil(dataMax / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t));
  return { max: Math.round(max), ticks };
}
