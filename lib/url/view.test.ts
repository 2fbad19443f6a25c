import { describe, expect, it } from 'vitest';
import { viewKey } from '../charts/model/keys';
import { DEFAULT_STATE, type Vocabulary } from './params';
import { formatView, parseView, variantView, viewOf, viewParams, viewQuery, withOptions } from './view';

/** Three companies; plans for 2030 stated from 1 Jan 2030, for 2031 from 1 Feb 2031; 2030's spending reported 1 Mar 2031. */
const vocabulary: Vocabulary = {
  companies: ['ant', 'bee', 'cat'],
  years: ['2030', '2031'],
  yearsFrom: { '2030': '2030-01-01', '2031': '2031-02-01' },
  actualYears: ['2030'],
  actualYearsFrom: { '2030': '2031-03-01' },
  stated: { first: '2030-01-01', last: '2031-06-30' },
};
const plans = (choices: Parameters<typeof viewOf>[1] = {}) => viewOf('capex', choices, vocabulary);

describe('a view', () => {
  it('is its chart, its edition (the newest by default) and the options its chart takes, at their defaults', () => {
    expect(plans()).toEqual({
      chart: 'capex',
      edition: '2031',
      options: { companies: null, basis: 'per-year', highlight: null, company: null, asof: null },
    });
  });

  it('of a chart without editions or options has neither, whatever it is given', () => {
    expect(viewOf('aws-revenue', { year: '2030', basis: 'total', highlight: 'ant' }, vocabulary)).toEqual({
      chart: 'aws-revenue',
      edition: null,
      options: { companies: null, basis: null, highlight: null, company: null, asof: null },
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
    expect(viewParams('capex')).toEqual(['year', 'companies', 'basis', 'highlight', 'asof']);
    expect(viewParams('plan-history')).toEqual(['year', 'company', 'asof']);
    expect(viewParams('aws-revenue')).toEqual(['asof']);
  });
});

describe('a view as of a day', () => {
  it('takes the newest edition its chart had by then, and drops a year that had no plans yet', () => {
    expect(plans({ asof: '2030-06-01' }).edition).toBe('2030');
    expect(plans({ asof: '2031-02-01' }).edition).toBe('2031');
    expect(plans({ year: '2031', asof: '2030-06-01' }).edition).toBe('2030');
    expect(viewOf('plan-outcomes', {}, vocabulary).edition).toBe('2030');
  });

  it('names its day in its query and key, and reads it back', () => {
    const view = plans({ year: '2030', asof: '2030-06-01' });
    expect(viewQuery(view)).toBe('?year=2030&asof=2030-06-01');
    expect(viewKey(view)).toBe('capex-2030--per-year--asof-2030-06-01');
    expect(parseView(formatView(view), vocabulary)).toEqual(view);
  });

  it('is refused from markup when the day is malformed, before the first statement, or today’s', () => {
    for (const day of ['2030-02-30', '2030-6-1', '2029-12-31', '2031-06-30', '2040-01-01'])
      expect(parseView(`capex?year=2030&asof=${day}`, vocabulary), day).toBeNull();
  });
});

describe('a view of a chart about one company', () => {
  it('names the company in its slug, not its key’s options', () => {
    const view = viewOf('plan-history', { company: 'bee', year: '2030' }, vocabulary);
    expect(view.options.company).toBe('bee');
    expect(viewKey(view)).toBe('plan-history-bee-2030');
    expect(formatView(view)).toBe('plan-history?year=2030&company=bee');
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
