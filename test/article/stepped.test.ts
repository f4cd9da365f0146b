// The detector in steps (startArticle), as the content script runs it in slices, must give exactly what
// detectArticle gives, however often it is paused: on the fixtures, on a page whose article sits in `hidden`
// containers (the second, revealing walk), on an empty page.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectArticle, startArticle } from '../../src/core/article';
import { PARSERS, fixture, page, paragraphs } from './helpers';

function stepped(doc: Document, pauseEvery: number) {
  const run = startArticle(doc, { url: null, profile: null });
  let asks = 0;
  let steps = 0;
  while (!run.step(() => ++asks % pauseEvery === 0)) if (++steps > 1e6) throw new Error('no progress');
  return { article: run.result(), steps };
}

const pages: [string, string][] = [
  ['seed fixture', fixture('boersennews--zuckerberg.html')],
  ...readdirSync('test/fixtures/variants').map((f): [string, string] => [`variant ${f}`, fixture(`variants/${f}`)]),
  ...readdirSync('test/fixtures/sites').filter((f) => f.endsWith('.html')).slice(0, 6).map((f): [string, string] => [`site ${f}`, fixture(`sites/${f}`)]),
  ['article in hidden streaming containers', page(`<nav><a href="/">Start</a></nav><div hidden><article><h1>Titel</h1>${paragraphs(8)}</article></div>`)],
  ['empty body', page('')],
];

describe.each(PARSERS)('%s', (_parser, parse) => {
  test.each(pages)('%s: the same article, paused at every chance and every few nodes', (_name, html) => {
    const doc = parse(html);
    const expected = detectArticle(doc, { url: null, profile: null });
    for (const every of [1, 7]) {
      const { article } = stepped(doc, every);
      expect(article.root).toBe(expected.root);
      expect(article.excluded).toEqual(expected.excluded);
      expect({ ...article, root: null, excluded: [] }).toEqual({ ...expected, root: null, excluded: [] });
    }
  });
});

test('a long page really pauses: many steps, and the result still matches', () => {
  const doc = PARSERS[0][1](fixture('boersennews--zuckerberg.html'));
  const { steps, article } = stepped(doc, 1);
  expect(steps).toBeGreaterThan(20);
  expect(article.text).toBe(detectArticle(doc, { url: null, profile: null }).text);
});

test('the revealing walk is used on a page that parks its article in hidden containers', () => {
  const doc = PARSERS[0][1](pages.find(([n]) => n.startsWith('article in hidden'))![1]);
  const { article } = stepped(doc, 1);
  expect(article.text).toContain('Die Firma meldete im Quartal 1');
});
