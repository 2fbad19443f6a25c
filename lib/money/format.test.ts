import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdPlain, formatValueLong, formatValueShort } from './format';

describe('formatUsd', () => {
  it('shows billions compactly without trailing zeros', () => {
    expect(formatUsd(80e9)).toBe('$80B');
    expect(formatUsd(28.79e9)).toBe('$28.79B');
    expect(formatUsd(105.2e9)).toBe('$105.2B');
    expect(formatUsd(5.6e6)).toBe('$5.6M');
  });

  it('collapses a range to one unit: "$60–65B"', () => {
    expect(formatUsd(60e9, 65e9)).toBe('$60–65B');
    expect(formatUsd(315e9, 320e9)).toBe('$315–320B');
  });

  it('writes plain whole dollars for tables', () => {
    expect(formatUsdPlain(80e9)).toBe('$80,000,000,000');
  });
});

describe('qualified values', () => {
  it('marks approximate, more-than and under values in chart labels', () => {
    expect(formatValueShort({ low: 100e9, high: 100e9 }, 'approximate')).toBe('~$100B');
    expect(formatValueShort({ low: 280e9, high: 280e9 }, 'more-than')).toBe('> $280B');
    expect(formatValueShort({ low: 6e6, high: 6e6 }, 'under')).toBe('< $6M');
    expect(formatValueShort({ low: 60e9, high: 65e9 }, 'range')).toBe('$60–65B');
  });

  it('spells the qualifier out in sentences', () => {
    expect(formatValueLong({ low: 100e9, high: 100e9 }, 'approximate')).toBe('about $100B');
    expect(formatValueLong({ low: 280e9, high: 280e9 }, 'more-than')).toBe('more than $280B');
    expect(formatValueLong({ low: 100e9, high: 100e9 }, 'at-least')).toBe('at least $100B');
  });
});
