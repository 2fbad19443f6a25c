import { describe, expect, it } from 'vitest';
import { frozen, frozenSlugs, frozenYear, grown } from '../../dataset/testing/test-datasets';
import { availableCharts, chartOptions, chartPermalink } from './registry';

const ds = frozen;
const slugs = frozenSlugs;
const year = frozenYear;

describe('the chart registry', () => {
  it('leaves out the charts whose figures the dataset does not have', () => {
    expect(availableCharts(grown)).toEqual(['capex']);
  });

  it('drops the options a chart does not take, and links each view to where it lives, naming its year', () => {
    expect(chartOptions(ds, 'aws-revenue', { basis: 'total', highlight: 'meta' })).toEqual({
      year: null,
      companies: null,
      basis: null,
      highlight: null,
    });
    expect(chartPermalink(ds, 'capex', chartOptions(ds, 'capex', { basis: 'total', highlight: slugs[0] }))).toBe(
      `/?year=${year}&basis=total&highlight=${slugs[0]}`,
    );
    expect(chartPermalink(ds, 'aws-revenue', chartOptions(ds, 'aws-revenue'))).toMatch(
      /^\/companies\/[a-z-]+#aws-revenue$/,
    );
  });
});
