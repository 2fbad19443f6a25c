import { describe, expect, it } from 'vitest';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { availableCharts, chartPermalink, viewFor } from './registry';

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;

describe('the chart registry', () => {
  it('leaves out the charts whose figures the dataset does not have', () => {
    expect(availableCharts(grown)).toEqual(['capex']);
  });

  it('drops the options a chart does not take, and links each view to where it lives, naming its year', () => {
    expect(viewFor(ds, 'aws-revenue', { basis: 'total', highlight: 'meta' })).toEqual({
      chart: 'aws-revenue',
      edition: null,
      options: { companies: null, basis: null, highlight: null },
    });
    expect(chartPermalink(ds, viewFor(ds, 'capex', { basis: 'total', highlight: slugs[0] }))).toBe(
      `/?year=${year}&basis=total&highlight=${slugs[0]}`,
    );
    expect(chartPermalink(ds, viewFor(ds, 'aws-revenue'))).toMatch(/^\/companies\/[a-z-]+#aws-revenue$/);
  });
});
