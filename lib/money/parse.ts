/**
 * Finds dollar amounts in running text, as journalists write them:
 * "$80 billion", "$28.79 billion", "$100B", "$60–65 billion",
 * "between $60 billion and $65 billion", "between $151 and $155 billion".
 *
 * Used by the data checks in two ways: a citation's quote must state its
 * figure's value, and every amount in an article must be accounted for.
 */

export interface MoneyMention {
  /** The amount exactly as written, e.g. "$60–65 billion". */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
  /** Value in whole USD. A single amount has low === high. */
  low: number;
  high: number;
}

const UNIT_MULTIPLIER: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
// A unit must end at a word boundary so "$5 Bonds" is not read as "$5 B".
const UNIT = String.raw`(?:\s?(trillion|billion|million|thousand|bn|tn|[TBMK])(?![A-Za-z]))?`;
const DASH = String.raw`\s?[–—-]\s?`;

const MENTION = new RegExp(
  [
    // between $151 and $155 billion / between $60 billion and $65 billion
    String.raw`between\s\$${NUM}${UNIT}\s(?:and|to)\s\$${NUM}${UNIT}`,
    // $60–65 billion / $60 billion–$65 billion / $5 to $6 million
    String.raw`\$${NUM}${UNIT}(?:${DASH}|\s(?:to)\s)\$?${NUM}${UNIT}`,
    // $80 billion
    String.raw`\$${NUM}${UNIT}`,
  ].join('|'),
  'gi',
);

function toUsd(num: string, unit: string | undefined): number {
  const multiplier = unit ? (UNIT_MULTIPLIER[unit.toLowerCase()] ?? 1) : 1;
  // Round to whole dollars: 28.79 * 1e9 is not exact in binary floating point.
  return Math.round(Number(num.replace(/,/g, '')) * multiplier);
}

export function findMoneyMentions(text: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const g = m.slice(1);
    let low: number;
    let high: number;
    if (g[0] !== undefined) {
      // "between" form: a unit written only once applies to both ends.
      const unitB = g[3];
      low = toUsd(g[0], g[1] ?? unitB);
      high = toUsd(g[2] ?? g[0], unitB ?? g[1]);
    } else if (g[4] !== undefined) {
      const unitB = g[7];
      low = toUsd(g[4], g[5] ?? unitB);
      high = toUsd(g[6] ?? g[4], unitB ?? g[5]);
    } else {
      low = high = toUsd(g[8] ?? '', g[9]);
    }
    mentions.push({ text: m[0], index: m.index, low, high });
  }
  return mentions;
}

/** True when the text states exactly this value (a point, or a range's two ends). */
export function statesValue(text: string, value: { low: number; high: number }): boolean {
  return findMoneyMentions(text).some((m) => m.low === value.low && m.high === value.high);
}
