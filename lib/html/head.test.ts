import { describe, expect, it } from 'vitest';
import { hoistBaseIntoHead } from './head';

describe('hoistBaseIntoHead', () => {
  it('moves a <base> from the body to the head, after the charset', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>x</title></head><body><script>1</script><base target="_blank"/><main><a href="/">a</a></main></body></html>';
    expect(hoistBaseIntoHead(html)).toBe(
      '<!DOCTYPE html><html><head><meta charSet="utf-8"/><base target="_blank"/><title>x</title></head><body><script>1</script><main><a href="/">a</a></main></body></html>',
    );
  });

  it('leaves a page without one, or with one already in its head, as it is', () => {
    const plain = '<html><head><meta charSet="utf-8"/></head><body><p>x</p></body></html>';
    expect(hoistBaseIntoHead(plain)).toBe(plain);
    const done = '<html><head><meta charSet="utf-8"/><base target="_blank"/></head><body></body></html>';
    expect(hoistBaseIntoHead(done)).toBe(done);
  });
});
