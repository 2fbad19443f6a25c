/**
 * Currency formatting for every number the site shows, through Intl so that
 * "$80B", "$28.79B" and "$60–65B" come from the platform, not string hacks.
 */

import type { Qualifier } from '../dataset/schema';

export type { Qualifier };

const compactUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

const plainUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** "$80B", "$28.79B", "$5.6M"; a range collapses its unit: "$60–65B". */
export function formatUsd(low: number, high: number = low): string {
  return low === high ? compactUsd.format(low) : compactUsd.formatRange(low, high);
}

/** Whole dollars for tables and accessible text: "$80,000,000,000". */
export function formatUsdPlain(value: number): string {
  return plainUsd.format(value);
}

/** What a short label puts before the amount: "~$100B", "> $280B". */
export const SHORT_PREFIX: Record<Qualifier, string> = {
  exact: '',
  approximate: '~',
  'at-least': '≥ ',
  'more-than': '> ',
  under: '< ',
  range: '',
};

const LONG_PREFIX: Record<Qualifier, string> = {
  exact: '',
  approximate: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  under: 'under ',
  range: '',
};

/** Chart labels: "~$100B", "$60–65B", "> $280B", "< $6M". */
export function formatValueShort(value: { low: number; high: number }, qualifier: Qualifier): string {
  return SHORT_PREFIX[qualifier] + formatUsd(value.low, value.high);
}

/** Sentences and screen readers: "about $100B", "more than $280B", "$60–65B". */
export function formatValueLong(value: { low: number; high: number }, qualifier: Qualifier): string {
  return LONG_PREFIX[qualifier] + formatUsd(value.low, value.high);
}
