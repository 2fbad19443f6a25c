import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../url/params';
import { viewOf } from '../../url/view';
import { parseViewKey, viewKey } from './keys';

/** Slugs that share a prefix and hold a "-", as a data release may. */
const vocabulary: Vocabulary = {
  companies: ['open-ai', 'open', 'meta', 'x-corp'],
  years: ['2025', '2026'],
  yearsFrom: { '2025': '2025-01-03', '2026': '2026-01-28' },
  actualYears: ['2025'],
  actualYearsFrom: { '2025': '2026-01-29' },
  stated: { first: '2025-01-03', last: '2026-04-30' },
};

describe('a view key read back as the view it names', () => {
  const views = [
    viewOf('capex', { year: '2025' }, vocabulary),
    viewOf('capex', { year: '2026', basis: 'total', highlight: 'open-ai' }, vocabulary),
    viewOf('capex', { year: '2026', companies: ['open-ai', 'open', 'x-corp'], asof: '2026-02-01' }, vocabulary),
    viewOf('plan-history', { year: '2025', company: 'open-ai' }, vocabulary),
    viewOf('plan-outcomes', { year: '2025', companies: ['open', 'meta'] }, vocabulary),
    viewOf('aws-revenue', { asof: '2025-06-30' }, vocabulary),
  ];
  for (const view of views)
    it(`reads "${viewKey(view)}" as that view`, () => {
      expect(parseViewKey(viewKey(view), vocabulary)).toEqual(view);
    });

  it.each([
    ['an unknown chart', 'pie-2025'],
    ['a year without plans', 'capex-2031'],
    ['an unknown company', 'capex-2025--only-acme'],
    ['a highlight among companies not shown', 'capex-2025--highlight-meta--only-open'],
    ['a day outside the data', 'capex-2025--asof-2019-01-01'],
    ['an option the chart does not take', 'aws-revenue--total'],
    ['a key without the basis its chart always names', 'capex-2025'],
    ['companies out of display order', 'capex-2025--only-meta-open'],
    ['markup', 'capex-2025--only-<script>'],
    ['an overlong key', `capex-2025--only-${'open-'.repeat(200)}meta`],
  ])('refuses %s', (_, key) => {
    expect(parseViewKey(key, vocabulary)).toBeNull();
  });
});
