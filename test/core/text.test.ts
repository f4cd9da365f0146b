import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/cli/html';
import { buildTextIndex, domPositionAt } from '../../src/core/text';

const doc = (html: string) => parseDocument(`<!doctype html><html><body>${html}</body></html>`);

describe('buildTextIndex', () => {
  test.each([
    ['<p>One  two</p><p>three</p>', 'One two\nthree'],
    ['<p>a<b>b</b> c</p>', 'ab c'],
    ['<div>x<br>y</div>', 'x\ny'],
    ['<p>keep</p><script>no()</script><style>.no{}</style><p>this</p>', 'keep\nthis'],
    ['<h2>Head</h2><p>  para\n  text </p>', 'Head\npara text'],
    ['<p>a&nbsp;&nbsp;b</p>', 'a b'],
    ['', ''],
  ])('%j -> %j', (html, text) => {
    expect(buildTextIndex(doc(html).body).text).toBe(text);
  });

  test('leaves excluded subtrees out', () => {
    const d = doc('<p>in</p><aside id="x"><p>out</p></aside><p>again</p>');
    expect(buildTextIndex(d.body, new Set([d.getElementById('x')!])).text).toBe('in\nagain');
  });

  test('survives 10,000 nested divs', () => {
    const html = '<div>'.repeat(10000) + 'deep' + '</div>'.repeat(10000);
    expect(buildTextIndex(doc(html).body).text).toBe('deep');
  });

  test('maps every offset back to the same character in the DOM', () => {
    const d = doc('<p>  Meta   Platforms <b>geht</b> in</p><p>die Offensive</p>');
    const index = buildTextIndex(d.body);
    for (let i = 0; i < index.text.length; i++) {
      if (index.text[i] === '\n' || index.text[i] === ' ') continue;
      const pos = domPositionAt(index, i)!;
      expect(pos.node.data[pos.offset]).toBe(index.text[i]);
    }
  });

  test('end positions land after the last character', () => {
    const d = doc('<p>Scale AI</p>');
    const index = buildTextIndex(d.body);
    const end = domPositionAt(index, 8, true)!;
    expect(end.node.data.slice(0, end.offset)).toBe('Scale AI');
  });
});
