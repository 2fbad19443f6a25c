import { describe, expect, it } from 'vitest';
import { describeIgnored, parseEmbedState, serializeEmbedState } from './embed-state';

describe('embed URL state', () => {
  it('reads basis, highlight and theme for the chart of the five plans', () => {
    const { state, ignored } = parseEmbedState('?basis=total&highlight=META&theme=dark', true);
    expect(state).toEqual({ basis: 'total', highlight: 'meta', theme: 'dark', view: 'chart' });
    expect(ignored).toEqual([]);
    expect(serializeEmbedState(state)).toBe('?basis=total&highlight=meta&theme=dark');
  });

  it('drops a theme it does not know, and says so', () => {
    const { state, ignored } = parseEmbedState('?theme=<script>alert(1)</script>', true);
    expect(state.theme).toBe('auto');
    expect(describeIgnored(ignored)).toBe('ignored: theme=<script>alert(1)</script>');
  });

  it('reports basis and highlight on a chart they do not apply to', () => {
    const { state, ignored } = parseEmbedState('?highlight=meta&basis=total&theme=light', false);
    expect(state).toEqual({ basis: 'per-year', highlight: null, theme: 'light', view: 'chart' });
    expect(ignored.map((i) => `${i.key}: ${i.reason}`)).toEqual(['basis: does not apply to this chart', 'highlight: does not apply to this chart']);
  });
});
