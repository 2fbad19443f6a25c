import { describe, expect, it } from 'vitest';
import { cssString, printAsOf, runningHeadCss } from './running-head';

describe('the running head of printed pages', () => {
  it('names the permalink and the as-of date with the dataset version', () => {
    expect(runningHeadCss('https://x.test/companies/meta', { asOf: '2025-02-07', version: '1.0.0' })).toBe(
      ':root{--print-permalink:"https://x.test/companies/meta";--print-as-of:"Data as of 7 Feb 2025 · dataset version 1.0.0"}',
    );
    expect(printAsOf({ asOf: '2025-02', version: '2.1.0' })).toBe('Data as of Feb 2025 · dataset version 2.1.0');
  });

  it('quotes text as a CSS string that cannot end the string, the rule or the style element', () => {
    const css = cssString('a"b\\c</style><script>');
    expect(css).toBe('"a\\"b\\\\c\\3c /style>\\3c script>"');
    expect(css).not.toContain('</');
  });
});
