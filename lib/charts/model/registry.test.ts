import { describe, expect, it } from 'vitest';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { availableCharts, chartPermalink, viewFor } from './registry';

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;

describe('the chart registry', () => {
  it('leaves out the charts whose figures the dataset does not have', () => {
    // The grown tracker has plans, stated once: no actuals, no quarters, none of the frozen release's own figures.
    expect(availableCharts(grown)).toEqual(['capex', 'plan-history']);
    expect(availableCharts(ds)).toContain('quarterly');
  });

  it('drops the options a chart does not take, and links each view to where it lives, naming its year', () => {
    expect(viewFor(ds, 'aws-revenue', { basis: 'total', highlight: 'meta' })).toEqual({
      chart: 'aws-revenue',
      edition: null,
      options: { companies: null, basis: null, highlight: null, company: null, asof: null },
    });
    expect(chartPermalink(ds, viewFor(ds, 'capex', { year, basis: 'total', highlight: slugs[0] }))).toBe(
      `/?year=${year}&basis=total&highlight=${slugs[0]}`,
    );
    expect(chartPermalink(ds, viewFor(ds, 'aws-revenue'))).toMatch(/^\/companies\/[a-z-]+#aws-revenue$/);
    // A chart about one company lives on its page; a view as of a day says its day there.
    expect(chartPermalink(ds, viewFor(ds, 'plan-history', { company: slugs[0], year, asof: '2025-06-01' }))).toBe(
      `/companies/${slugs[0]}?asof=2025-06-01#plan-history-${slugs[0]}-${year}`,
    );
  });
});
