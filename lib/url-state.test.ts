import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, describeIgnored, keepChoicesMadeBeforeLoad, parseOverviewState, serializeOverviewState } from './url-state';

describe('overview URL state', () => {
  it('is the default view when the query is empty', () => {
    expect(parseOverviewState('')).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });

  it('reads every choice, and writes it back the same way', () => {
    const search = '?companies=amazon,meta&basis=total&highlight=meta&view=table';
    const { state, ignored } = parseOverviewState(search);
    expect(ignored).toEqual([]);
    expect(state).toEqual({ companies: ['amazon', 'meta'], basis: 'total', highlight: 'meta', view: 'table' });
    expect(serializeOverviewState(state)).toBe(search);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeOverviewState(DEFAULT_STATE)).toBe('');
    expect(serializeOverviewState({ ...DEFAULT_STATE, basis: 'total' })).toBe('?basis=total');
  });

  it('keeps companies in display order, and all five means the default', () => {
    expect(parseOverviewState('?companies=stargate,amazon').state.companies).toEqual(['amazon', 'stargate']);
    expect(parseOverviewState('?companies=amazon,microsoft,alphabet,meta,stargate').state.companies).toBeNull();
  });

  it('drops an unknown company and says so, keeping the valid ones', () => {
    const { state, ignored } = parseOverviewState('?companies=amazon,foo');
    expect(state.companies).toEqual(['amazon']);
    expect(describeIgnored(ignored)).toBe('ignored: companies=foo');
  });

  it('drops malformed values of every key', () => {
    const { state, ignored } = parseOverviewState('?basis=yearly&view=pie&highlight=tesla');
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['basis=yearly', 'view=pie', 'highlight=tesla']);
  });

  it('takes the first valid value of a repeated key and reports the rest', () => {
    const { state, ignored } = parseOverviewState('?basis=total&basis=per-year');
    expect(state.basis).toBe('total');
    expect(ignored).toEqual([{ key: 'basis', value: 'per-year', reason: 'given more than once' }]);
  });

  it('merges repeated company keys', () => {
    expect(parseOverviewState('?companies=meta&companies=amazon').state.companies).toEqual(['amazon', 'meta']);
  });

  it('drops a highlight of a company that is not shown', () => {
    const { state, ignored } = parseOverviewState('?companies=amazon&highlight=meta');
    expect(state.highlight).toBeNull();
    expect(ignored[0]).toMatchObject({ key: 'highlight', reason: 'not among the companies shown' });
  });

  it('shortens hostile values for display and rejects very long ones', () => {
    const script = '<script>alert(1)</script>';
    const long = 'x'.repeat(10_000);
    const { state, ignored } = parseOverviewState(`?companies=${encodeURIComponent(script)}&basis=${long}`);
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored[0]!.value).toBe(script.toLowerCase());
    expect(ignored[1]).toMatchObject({ key: 'basis', reason: 'too long' });
    expect(ignored[1]!.value.length).toBeLessThanOrEqual(41);
  });

  it('accepts case and spacing variations people type', () => {
    expect(parseOverviewState('?companies= Amazon , META&basis=TOTAL').state).toMatchObject({ companies: ['amazon', 'meta'], basis: 'total' });
  });

  it('keeps a basis or view the reader picked before the scripts loaded, when the URL names none', () => {
    expect(keepChoicesMadeBeforeLoad(DEFAULT_STATE, '', { basis: 'total', view: 'table' })).toMatchObject({ basis: 'total', view: 'table' });
    const fromUrl = parseOverviewState('?companies=amazon').state;
    expect(keepChoicesMadeBeforeLoad(fromUrl, '?companies=amazon', { basis: 'total' })).toMatchObject({ companies: ['amazon'], basis: 'total', view: 'chart' });
  });

  it('lets the URL win over the switches, and ignores values that are not choices', () => {
    const { state } = parseOverviewState('?basis=total');
    expect(keepChoicesMadeBeforeLoad(state, '?basis=total', { basis: 'per-year' }).basis).toBe('total');
    expect(keepChoicesMadeBeforeLoad(DEFAULT_STATE, '', { basis: '<b>', view: null })).toEqual(DEFAULT_STATE);
  });
});
