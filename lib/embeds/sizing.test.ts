import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSizingScript } from './sizing';

/** A host page with two of our iframes and someone else's, running the listener from our embed code (twice, as two pasted charts would). */
function hostPage() {
  const listeners: ((e: object) => void)[] = [];
  const frame = (name: string) => ({ name, contentWindow: { name }, style: { height: '' } });
  const ours = [frame('a'), frame('b')];
  const theirs = frame('x');
  const window = {
    addEventListener: (type: string, fn: (e: object) => void) => type === 'message' && listeners.push(fn),
  } as Record<string, unknown>;
  const document = {
    querySelectorAll: (selector: string) => (selector === 'iframe[data-ai-capex-embed]' ? ours : [...ours, theirs]),
  };
  const script = embedSizingScript('https://capex.example.org');
  runInNewContext(script, { window, document, Number, Math });
  runInNewContext(script, { window, document, Number, Math });
  const send = (e: object) => listeners.forEach((l) => l(e));
  return { ours, theirs, listeners, send };
}

describe('the embed code’s sizing listener', () => {
  it('is installed once however many charts a page embeds', () => {
    expect(hostPage().listeners).toHaveLength(1);
  });

  it('sizes only the iframe whose chart sent the height', () => {
    const { ours, send } = hostPage();
    send({
      origin: 'https://capex.example.org',
      source: ours[1]!.contentWindow,
      data: { type: EMBED_HEIGHT_MESSAGE, height: 812.4 },
    });
    expect(ours.map((f) => f.style.height)).toEqual(['', '813px']);
  });

  it('ignores other origins, other message types, other frames and heights no chart has', () => {
    const { ours, theirs, send } = hostPage();
    const ok = { type: EMBED_HEIGHT_MESSAGE, height: 700 };
    send({ origin: 'https://evil.example', source: ours[0]!.contentWindow, data: ok });
    send({ origin: 'https://capex.example.org', source: ours[0]!.contentWindow, data: { type: 'other', height: 700 } });
    send({ origin: 'https://capex.example.org', source: theirs.contentWindow, data: ok });
    send({
      origin: 'https://capex.example.org',
      source: ours[0]!.contentWindow,
      data: { type: EMBED_HEIGHT_MESSAGE, height: '1e9' },
    });
    send({
      origin: 'https://capex.example.org',
      source: ours[0]!.contentWindow,
      data: { type: EMBED_HEIGHT_MESSAGE, height: -5 },
    });
    send({ origin: 'https://capex.example.org', source: ours[0]!.contentWindow, data: null });
    expect([...ours, theirs].map((f) => f.style.height)).toEqual(['', '', '']);
  });
});
