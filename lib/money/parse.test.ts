import { describe, expect, it } from 'vitest';
import { findMoneyMentions, statesValue } from './parse';

const one = (text: string) => {
  const found = findMoneyMentions(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findMoneyMentions', () => {
  it('reads "$80 billion" as 80e9', () => {
    expect(one('Microsoft: $80 billion for fiscal 2025')).toMatchObject({ text: '$80 billion', low: 80e9, high: 80e9 });
  });

  it('reads decimals exactly, in whole dollars', () => {
    expect(one('climbing 19% to $28.79 billion.')).toMatchObject({ low: 28_790_000_000, high: 28_790_000_000 });
    expect(one('just $5.6 million to train')).toMatchObject({ low: 5_600_000 });
  });

  it('reads an en-dash range written once with its unit: "$60–65 billion"', () => {
    expect(one('Meta (Facebook): $60–65 billion to scale')).toMatchObject({
      text: '$60–65 billion',
      low: 60e9,
      high: 65e9,
    });
  });

  it('reads "between $60 billion and $65 billion" as one range', () => {
    expect(one('will spend between $60 billion and $65 billion in capital')).toMatchObject({ low: 60e9, high: 65e9 });
  });

  it('carries the unit back in "between $151 and $155 billion"', () => {
    expect(one('sales to range between $151 and $155 billion, a growth')).toMatchObject({ low: 151e9, high: 155e9 });
  });

  it('reads abbreviated and capitalised units: "$100B", "$100 Billion", "$2 trillion"', () => {
    expect(one('Amazon to invest $100B in AI').low).toBe(100e9);
    expect(one('Amazon’s $100 Billion AI Investment').low).toBe(100e9);
    expect(one('a $2 trillion market').low).toBe(2e12);
  });

  it('reads amounts without a unit and with thousands separators', () => {
    expect(one('a fee of $1,250 per seat').low).toBe(1250);
  });

  it('does not take the start of the next word for a unit', () => {
    expect(one('spent $5 Bonds aside').low).toBe(5);
  });

  it('finds every amount in a sentence, with its position', () => {
    const text = 'AWS generated $10.6 billion in profit on $28.8 billion in revenue';
    const found = findMoneyMentions(text);
    expect(found.map((m) => m.low)).toEqual([10.6e9, 28.8e9]);
    expect(text.slice(found[1]!.index, found[1]!.index + found[1]!.text.length)).toBe('$28.8 billion');
  });

  it('ignores numbers that are not dollar amounts', () => {
    expect(findMoneyMentions('more than half a billion Alexa devices, 100 AI models, 29%')).toEqual([]);
  });
});

describe('statesValue', () => {
  it('is true when the text prints the value', () => {
    expect(statesValue('with a budget of under $6 million', { low: 6e6, high: 6e6 })).toBe(true);
  });

  it('is false for a different number, or for only one end of a range', () => {
    expect(statesValue('Microsoft: $80 billion', { low: 85e9, high: 85e9 })).toBe(false);
    expect(statesValue('spend $60 billion this year', { low: 60e9, high: 65e9 })).toBe(false);
  });
});
