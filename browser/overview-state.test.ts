import { describe, expect, it } from 'vitest';
import { OVERVIEW_PARAMS } from '@/lib/url/params';
import {
  type OverviewData,
  type OverviewState,
  afterFailure,
  choose,
  clearCompanies,
  controlsModel,
  flipSwitch,
  readUrl,
  toggleCompany,
} from './overview-state';

/** Three companies over two years; the third has a plan for the newer year only. */
const data: OverviewData = {
  vocabulary: {
    companies: ['ant', 'bee', 'cat'],
    years: ['2030', '2031'],
    yearsFrom: { '2030': '2030-01-01', '2031': '2031-02-01' },
    actualYears: [],
    actualYearsFrom: {},
    stated: { first: '2030-01-01', last: '2031-06-30' },
  },
  yearsOf: new Map([
    ['ant', ['2030', '2031']],
    ['bee', ['2030', '2031']],
    ['cat', ['2031']],
  ]),
};
const load = (search: string) => readUrl(search, OVERVIEW_PARAMS, data, {});
const at = (search: string): OverviewState => load(search).state;

describe('the overview’s controls', () => {
  it('tick every company of the newest year by default, and offer each as the highlight', () => {
    const model = controlsModel(at(''), data);
    expect(model.boxes.map((b) => [b.slug, b.checked, b.hidden])).toEqual([
      ['ant', true, false],
      ['bee', true, false],
      ['cat', true, false],
    ]);
    expect(model.summary).toBe('Show: all 3 companies');
    expect(model.highlightChoices).toEqual(['ant', 'bee', 'cat']);
  });

  it('offer only the companies with a plan in the year shown', () => {
    const model = controlsModel(at('?year=2030'), data);
    expect(model.boxes.find((b) => b.slug === 'cat')?.hidden).toBe(true);
    expect(model.summary).toBe('Show: all 2 companies');
  });

  it('lock the last company shown, so a view always shows one', () => {
    const one = at('?companies=bee');
    expect(
      controlsModel(one, data)
        .boxes.filter((b) => b.disabled)
        .map((b) => b.slug),
    ).toEqual(['bee']);
    expect(toggleCompany(one, 'bee', data)).toBeNull();
  });

  it('offer as the highlight only the companies shown', () => {
    expect(controlsModel(at('?companies=ant,cat'), data).highlightChoices).toEqual(['ant', 'cat']);
  });

  it('give a link to the view that names its year, even the newest', () => {
    expect(controlsModel(at('?companies=ant'), data).linkQuery).toBe('?year=2031&companies=ant');
  });
});

describe('the overview’s controls as of a day', () => {
  it('show the newest year that had plans by then, and offer only the years that had', () => {
    const [first, ...later] = data.vocabulary.years;
    const day = data.vocabulary.yearsFrom[first!]!;
    const model = controlsModel(at(`?asof=${day}`), data);
    expect(model.year).toBe(first);
    expect(model.yearsOffered).toEqual([first]);
    expect(model.defaultOffered).toBe(false);
    expect(later.length).toBeGreaterThan(0);
    const today = controlsModel(at(''), data);
    expect(today.year).toBe('');
    expect(today.yearsOffered).toEqual(data.vocabulary.years);
    expect(today.defaultOffered).toBe(true);
  });
});

describe('choices on the overview', () => {
  it('tick and untick companies, and ticking all of them again means all (no filter in the URL)', () => {
    const fewer = toggleCompany(at(''), 'cat', data);
    expect(fewer?.url.companies).toEqual(['ant', 'bee']);
    const all = fewer && toggleCompany(fewer, 'cat', data);
    expect(all?.url.companies).toBeNull();
  });

  it('drop a highlight that is no longer shown', () => {
    const state = choose(at('?highlight=cat'), { companies: ['ant', 'bee'] }, data);
    expect(state.url.highlight).toBeNull();
  });

  it('clear every box until the reader ticks one, without changing the view', () => {
    const cleared = clearCompanies(at('?companies=ant,bee'));
    const model = controlsModel(cleared, data);
    expect(model.boxes.every((b) => !b.checked)).toBe(true);
    expect(model.summary).toBe('Show: pick the companies');
    expect(cleared.url.companies).toEqual(['ant', 'bee']);
    expect(toggleCompany(cleared, 'cat', data)?.url.companies).toEqual(['cat']);
  });

  it('flip the block’s switches by their radio group, and nothing else', () => {
    expect(flipSwitch(at(''), 'plans', { name: 'plans-basis', value: 'total' }, data)?.url.basis).toBe('total');
    expect(flipSwitch(at(''), 'plans', { name: 'plans-view', value: 'table' }, data)?.url.view).toBe('table');
    expect(flipSwitch(at(''), 'plans', { name: 'plans-basis', value: '<b>' }, data)).toBeNull();
    expect(flipSwitch(at(''), 'plans', { name: 'other-basis', value: 'total' }, data)).toBeNull();
  });
});

describe('the overview’s URL', () => {
  it('is read with its notice, and cleaned when it held something dropped', () => {
    const { state, ignored, rewrite } = load('?companies=ant,zebra&basis=yearly');
    expect(state.url.companies).toEqual(['ant']);
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['companies=zebra', 'basis=yearly']);
    expect(rewrite).toBe(true);
    expect(load('?companies=ant').rewrite).toBe(false);
  });

  it('keeps a switch flipped before the script arrived, on load only', () => {
    const onLoad = readUrl('', OVERVIEW_PARAMS, data, { basis: 'total' });
    expect(onLoad.state.url.basis).toBe('total');
    expect(onLoad.rewrite).toBe(true);
    expect(readUrl('', OVERVIEW_PARAMS, data, null).state.url.basis).toBe('per-year');
  });

  it('goes back to the default view when a view cannot be drawn, saying what was dropped', () => {
    const { state, dropped } = afterFailure(at('?companies=ant,bee&highlight=ant'));
    expect(state.url.companies).toBeNull();
    expect(state.url.highlight).toBeNull();
    expect(dropped).toEqual({ key: 'companies', value: 'ant,bee', reason: 'could not be drawn' });
  });
});
