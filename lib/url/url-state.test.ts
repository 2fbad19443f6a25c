import { describe, expect, it } from 'vitest';
import { embedParams } from '../embeds/embed-views';
import { viewVocabulary } from '../dataset/query';
import { frozenDataset } from '../dataset/testing/frozen';
import { DEFAULT_STATE, OVERVIEW_PARAMS, type Vocabulary, embedNotRead } from './params';
import { describeIgnored, keepChoicesMadeBeforeLoad, parseUrlState, serializeUrlState } from './url-state';

/** The frozen release's companies and year (amazon … stargate, 2025); the tests name its slugs. */
const vocabulary = viewVocabulary(frozenDataset());
const overview = (search: string) => parseUrlState(search, OVERVIEW_PARAMS, vocabulary);
/** What the embed of the plans chart reads, and the embed of a chart that takes no options (the registry's). */
const EMBED_OF_PLANS = embedParams('capex');
const EMBED_OF_ONE_CHART = embedParams('aws-revenue');
const embed = (search: string, reads = EMBED_OF_PLANS) =>
  parseUrlState(search, reads, vocabulary, { notRead: embedNotRead });

describe('a view in the URL', () => {
  it('is the default view when the query is empty', () => {
    expect(overview('')).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });

  it('reads every choice, and writes it back the same way', () => {
    const search = '?companies=amazon,meta&basis=total&highlight=meta&view=table';
    const { state, ignored } = overview(search);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ companies: ['amazon', 'meta'], basis: 'total', highlight: 'meta', view: 'table' });
    expect(serializeUrlState(state)).toBe(search);
  });

  it('leaves defaults out of the URL, and every parameter is written in the table’s order', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_STATE, basis: 'total' })).toBe('?basis=total');
    expect(serializeUrlState({ theme: 'dark', highlight: 'meta' })).toBe('?highlight=meta&theme=dark');
  });

  it('keeps companies in display order, and all of them means the default', () => {
    expect(overview('?companies=stargate,amazon').state.companies).toEqual(['amazon', 'stargate']);
    expect(overview(`?companies=${[...vocabulary.companies].reverse().join(',')}`).state.companies).toBeNull();
  });

  it('reads a year that has plans, and drops one that has none, saying so', () => {
    const years: Vocabulary = { ...vocabulary, years: ['2025', '2026'] };
    expect(parseUrlState('?year=2025', OVERVIEW_PARAMS, years).state.year).toBe('2025');
    const { state, ignored } = parseUrlState('?year=2031', OVERVIEW_PARAMS, years);
    expect(state.year).toBeNull();
    expect(describeIgnored(ignored)).toBe('ignored: year=2031');
    expect(serializeUrlState({ year: '2025', basis: 'total' })).toBe('?year=2025&basis=total');
  });

  it('drops an unknown company and says so, keeping the valid ones', () => {
    const { state, ignored } = overview('?companies=amazon,foo');
    expect(state.companies).toEqual(['amazon']);
    expect(describeIgnored(ignored)).toBe('ignored: companies=foo');
  });

  it('drops malformed values of every key', () => {
    const { state, ignored } = overview('?basis=yearly&view=pie&highlight=tesla');
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['basis=yearly', 'highlight=tesla', 'view=pie']);
  });

  it('takes the first valid value of a repeated key and reports the rest', () => {
    const { state, ignored } = overview('?basis=total&basis=per-year');
    expect(state.basis).toBe('total');
    expect(ignored).toEqual([{ key: 'basis', value: 'per-year', reason: 'given more than once' }]);
  });

  it('merges repeated company keys', () => {
    expect(overview('?companies=meta&companies=amazon').state.companies).toEqual(['amazon', 'meta']);
  });

  it('drops a highlight of a company that is not shown', () => {
    const { state, ignored } = overview('?companies=amazon&highlight=meta');
    expect(state.highlight).toBeNull();
    expect(ignored[0]).toMatchObject({ key: 'highlight', reason: 'not among the companies shown' });
  });

  it('shortens hostile values for display and rejects very long ones', () => {
    const script = '<script>alert(1)</script>';
    const long = 'x'.repeat(10_000);
    const { state, ignored } = overview(`?companies=${encodeURIComponent(script)}&basis=${long}`);
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored[0]!.value).toBe(script.toLowerCase());
    expect(ignored[1]).toMatchObject({ key: 'basis', reason: 'too long' });
    expect(ignored[1]!.value.length).toBeLessThanOrEqual(41);
  });

  it('accepts case and spacing variations people type', () => {
    expect(overview('?companies= Amazon , META&basis=TOTAL').state).toMatchObject({
      companies: ['amazon', 'meta'],
      basis: 'total',
    });
  });

  it('passes keys no page reads (utm_source, fbclid) silently', () => {
    expect(overview('?utm_source=x&fbclid=y').ignored).toEqual([]);
  });

  it('reports a known key a page does not read, with that page’s reason', () => {
    expect(overview('?theme=dark').ignored).toEqual([{ key: 'theme', value: 'dark', reason: 'not used here' }]);
  });

  it('keeps a basis or view the reader picked before the scripts loaded, when the URL names none', () => {
    expect(keepChoicesMadeBeforeLoad(DEFAULT_STATE, '', { basis: 'total', view: 'table' })).toMatchObject({
      basis: 'total',
      view: 'table',
    });
    const fromUrl = overview('?companies=amazon').state;
    expect(keepChoicesMadeBeforeLoad(fromUrl, '?companies=amazon', { basis: 'total' })).toMatchObject({
      companies: ['amazon'],
      basis: 'total',
      view: 'chart',
    });
  });

  it('lets the URL win over the switches, and ignores values that are not choices', () => {
    const { state } = overview('?basis=total');
    expect(keepChoicesMadeBeforeLoad(state, '?basis=total', { basis: 'per-year' }).basis).toBe('total');
    expect(keepChoicesMadeBeforeLoad(DEFAULT_STATE, '', { basis: '<b>', view: null })).toEqual(DEFAULT_STATE);
  });
});

describe('an embed’s URL', () => {
  it('reads basis, highlight and theme for the plans chart', () => {
    const { state, ignored } = embed('?basis=total&highlight=META&theme=dark');
    expect(state).toMatchObject({ basis: 'total', highlight: 'meta', theme: 'dark', view: 'chart' });
    expect(ignored).toEqual([]);
    expect(serializeUrlState(state)).toBe('?basis=total&highlight=meta&theme=dark');
  });

  it('drops a theme it does not know, and says so', () => {
    const { state, ignored } = embed('?theme=<script>alert(1)</script>');
    expect(state.theme).toBe('auto');
    expect(describeIgnored(ignored)).toBe('ignored: theme=<script>alert(1)</script>');
  });

  it('reads the companies shown, as the overview does', () => {
    const { state, ignored } = embed('?companies=meta,amazon&highlight=meta');
    expect(state).toMatchObject({ companies: ['amazon', 'meta'], highlight: 'meta' });
    expect(ignored).toEqual([]);
  });

  it('reports the options of another chart on a chart they do not apply to', () => {
    const { state, ignored } = embed('?highlight=meta&basis=total&theme=light&companies=meta', EMBED_OF_ONE_CHART);
    expect(state).toMatchObject({ basis: 'per-year', highlight: null, theme: 'light', view: 'chart' });
    expect(ignored.map((i) => `${i.key}: ${i.reason}`)).toEqual([
      'companies: does not apply to this chart',
      'basis: does not apply to this chart',
      'highlight: does not apply to this chart',
    ]);
  });
});
