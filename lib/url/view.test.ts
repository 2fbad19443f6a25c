import { describe, expect, it } from 'vitest';
import { viewKey } from '../charts/model/keys';
import { DEFAULT_STATE, type Vocabulary } from './params';
import { formatView, parseView, variantView, viewOf, viewParams, viewQuery, withOptions } from './view';

const vocabulary: Vocabulary = { companies: ['ant', 'bee', 'cat'], years: ['2030', '2031'] };
const plans = (choices: Parameters<typeof viewOf>[1] = {}) => viewOf('capex', choices, vocabulary);

describe('a view', () => {
  it('is its chart, its edition (the newest by default) and the options its chart takes, at their defaults', () => {
    expect(plans()).toEqual({
      chart: 'capex',
      edition: '2031',
      options: { companies: null, basis: 'per-year', highlight: null },
    });
  });

  it('of a chart without editions or options has neither, whatever it is given', () => {
    expect(viewOf('aws-revenue', { year: '2030', basis: 'total', highlight: 'ant' }, vocabulary)).toEqual({
      chart: 'aws-revenue',
      edition: null,
      options: { companies: null, basis: null, highlight: null },
    });
  });

  it('is checked as a URL is: companies in display order, all of them meaning all, a highlight among those shown', () => {
    expect(plans({ companies: ['cat', 'ant'] }).options.companies).toEqual(['ant', 'cat']);
    expect(plans({ companies: ['cat', 'bee', 'ant'] }).options.companies).toBeNull();
    expect(plans({ companies: ['ant'], highlight: 'bee' }).options.highlight).toBeNull();
  });

  it('has one codec, its query string: written with defaults left out, read back as the same view', () => {
    const view = plans({ year: '2030', companies: ['bee', 'ant'], basis: 'total', highlight: 'bee' });
    expect(viewQuery(view)).toBe('?year=2030&companies=ant,bee&basis=total&highlight=bee');
    expect(formatView(view)).toBe('capex?year=2030&companies=ant,bee&basis=total&highlight=bee');
    expect(parseView(formatView(view), vocabulary)).toEqual(view);
    expect(formatView(viewOf('amazon-capex', {}, vocabulary))).toBe('amazon-capex');
    expect(parseView('amazon-capex', vocabulary)).toEqual(viewOf('amazon-capex', {}, vocabulary));
  });

  it('read back from markup is refused when anything in it is not a value a URL may state', () => {
    for (const text of [
      'pie?year=2030',
      'capex?year=1999',
      'capex?year=2030&companies=ant,zebra',
      'capex?year=2030&basis=<b>',
      'capex',
      'aws-revenue?highlight=ant',
      'capex?year=2030&theme=dark',
    ])
      expect(parseView(text, vocabulary), text).toBeNull();
  });

  it('names the URL parameters its chart reads: the edition, then the options it takes', () => {
    expect(viewParams('capex')).toEqual(['year', 'companies', 'basis', 'highlight']);
    expect(viewParams('aws-revenue')).toEqual([]);
  });

  it('keeps the key its files were published under', () => {
    expect(viewKey(plans({ year: '2030' }))).toBe('capex-2030--per-year');
    expect(viewKey(plans({ basis: 'total', highlight: 'bee', companies: ['ant', 'bee'] }))).toBe(
      'capex-2031--total--highlight-bee--only-ant-bee',
    );
    expect(viewKey(viewOf('aws-revenue', {}, vocabulary))).toBe('aws-revenue');
  });

  it('changed by some options keeps its chart, edition and the others', () => {
    const view = withOptions(plans({ year: '2030', basis: 'total' }), { highlight: 'ant' }, vocabulary);
    expect(view).toEqual(plans({ year: '2030', basis: 'total', highlight: 'ant' }));
  });

  it('shown by a block’s basis switch takes the URL’s year and options, but keeps the switch’s basis', () => {
    const total = plans({ basis: 'total' });
    const url = { ...DEFAULT_STATE, year: '2030', companies: ['ant', 'bee'], basis: 'per-year' as const };
    expect(variantView(total, url, vocabulary)).toEqual(
      plans({ year: '2030', companies: ['ant', 'bee'], basis: 'total' }),
    );
    expect(variantView(total, DEFAULT_STATE, vocabulary).edition).toBe('2031');
  });
});
