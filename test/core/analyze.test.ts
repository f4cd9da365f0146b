// The one entry point: never mutates its input, gives the same result twice, works in two DOMs.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/cli/html';
import { analyze } from '../../src/core/analyze';
import { analysisToJson } from '../../src/core/serialize';

const PAGES = [
  ['test/fixtures/boersennews--zuckerberg.html', 'https://www.boersennews.de/nachrichten/artikel/zuckerbergs-milliarden-wette'],
  ['test/fixtures/variants/zuckerberg--plain-cms.html', 'https://news.example.org/tech/zuckerberg'],
  ['test/fixtures/variants/zuckerberg--div-soup.html', null],
] as const;

function happyDoc(html: string): Document {
  const win = new Window({ url: 'https://example.org/' });
  win.document.write(html);
  return win.document as unknown as Document;
}

const stable = (a: ReturnType<typeof analyze>) => {
  const json = analysisToJson(a);
  return { ...json, timings: undefined };
};

describe.each(PAGES)('%s', (file, url) => {
  const html = readFileSync(file, 'utf8');
  test.each([
    ['linkedom', parseDocument],
    ['happy-dom', happyDoc],
  ])('in %s: input unchanged, same result twice', (_dom, parse) => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const first = analyze(doc, { url });
    expect(doc.documentElement.outerHTML).toBe(before);
    const second = analyze(doc, { url });
    expect(stable(second)).toEqual(stable(first));
    expect(first.article.root).not.toBeNull();
  });

  test('linkedom and happy-dom agree on the article text and hidden blocks', () => {
    const a = analyze(parseDocument(html), { url });
    const b = analyze(happyDoc(html), { url });
    expect(b.article.text).toBe(a.article.text);
    expect(b.hidden.map((h) => h.kind)).toEqual(a.hidden.map((h) => h.kind));
  });
});

test.each([
  ['empty document', ''],
  ['no body', '<html><head><title>x</title></head></html>'],
  ['frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
  ['binary junk', '\u0000\u0001\uFFFD'.repeat(1000)],
  ['right-to-left', '<html dir="rtl" lang="ar"><body><article><p>' + 'هذا نص عربي طويل. '.repeat(50) + '</p></article></body></html>'],
  ['CJK', '<html lang="zh"><body><article><p>' + '这是一个中文句子。'.repeat(80) + '</p></article></body></html>'],
])('%s gives a result, not an exception', (_name, html) => {
  const a = analyze(parseDocument(html), { url: 'https://example.org/x' });
  expect(a.card).toBeDefined();
  expect(Array.isArray(a.hidden)).toBe(true);
});
