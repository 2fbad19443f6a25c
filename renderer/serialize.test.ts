import { describe, expect, it } from 'vitest';
import { nodeDom } from '@/renderer/hosts/node';
import { serializeChildren, serializeNode } from './serialize';

const { document } = await nodeDom();

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

describe('markup written out the same in every host', () => {
  it('escapes text and attribute values, and nothing else', () => {
    const div = html('<p title="a &quot;b&quot; &amp; c&lt;">Tom &amp; Jerry &lt;3 ‘quoted’ it\'s</p>');
    expect(serializeChildren(div)).toBe(
      '<p title="a &quot;b&quot; &amp; c&lt;">Tom &amp; Jerry &lt;3 ‘quoted’ it\'s</p>',
    );
  });

  it('closes empty SVG elements themselves, keeps their names’ case, and gives HTML void elements no end tag', () => {
    const div = html(
      '<svg viewBox="0 0 2 2"><clipPath id="c"><rect width="1"></rect></clipPath><g></g></svg><br><input value="x"><span></span>',
    );
    expect(serializeChildren(div)).toBe(
      '<svg viewBox="0 0 2 2"><clipPath id="c"><rect width="1"/></clipPath><g/></svg><br><input value="x"><span></span>',
    );
  });

  it('writes attributes in the order they were set', () => {
    const el = document.createElement('div');
    el.setAttribute('data-b', '1');
    el.setAttribute('class', 'x');
    el.setAttribute('data-a', '2');
    expect(serializeNode(el)).toBe('<div data-b="1" class="x" data-a="2"></div>');
  });

  it('writes a template’s content, and leaves comments out', () => {
    expect(serializeChildren(html('<template data-t=""><b>x</b></template><!-- gone --><i>y</i>'))).toBe(
      '<template data-t=""><b>x</b></template><i>y</i>',
    );
  });
});
