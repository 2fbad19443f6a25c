/**
 * Recomputes derived figures from their inputs. The data check compares the
 * result with the stored value; the UI shows the formula next to the number.
 */
import type { Derivation, Figure } from './schema';

export interface Range {
  low: number;
  high: number;
}

export type DeriveResult = { ok: true; value: Range } | { ok: false; missing: string[] };

export function derive(derivation: Derivation, figureById: (id: string) => Figure | undefined): DeriveResult {
  const ids = derivation.op === 'sum' ? derivation.inputs : [derivation.input];
  const inputs = ids.flatMap((id) => figureById(id)?.value ?? []);
  const missing = ids.filter((id) => !figureById(id));
  const [first] = inputs;
  if (missing.length > 0 || !first) return { ok: false, missing };
  switch (derivation.op) {
    case 'multiply':
      return { ok: true, value: { low: first.low * derivation.by, high: first.high * derivation.by } };
    case 'divide':
      return { ok: true, value: { low: first.low / derivation.by, high: first.high / derivation.by } };
    case 'sum':
      return {
        ok: true,
        value: inputs.reduce((acc, v) => ({ low: acc.low + v.low, high: acc.high + v.high }), { low: 0, high: 0 }),
      };
  }
}

/**
 * Half a unit in the last significant digit of a stated value: $105.2B may
 * stand for anything from $105.15B to $105.25B, so 5e7 either side.
 */
export function roundingTolerance(stated: number): number {
  if (stated === 0 || !Number.isInteger(stated)) return 0.5;
  let unit = 1;
  while (stated % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

export function withinRounding(stated: Range, computed: Range): boolean {
  return (
    Math.abs(stated.low - computed.low) <= roundingTolerance(stated.low) &&
    Math.abs(stated.high - computed.high) <= roundingTolerance(stated.high)
  );
}

export function derivationInputIds(derivation: Derivation): string[] {
  return derivation.op === 'sum' ? [...derivation.inputs] : [derivation.input];
}
