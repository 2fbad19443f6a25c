import { describe, expect, it } from 'vitest';
import { planYears, primaryEntities } from '../../dataset/query';
import { frozenDataset } from '../../dataset/testing/frozen';
import { syntheticDataset } from '../../dataset/testing/synthetic';
import { availableCharts, chartOptions, chartPermalink } from './registry';

const ds = frozenDataset();
const slugs = primaryEntities(ds).map((e) => e.slug);
const [year] = planYears(ds);
const grown = syntheticDataset({ companies: 12, years: 2 }).dataset;

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
