// The card never throws and never mutates the page, whatever the DOM: the content script runs it on every page.
import { describe, expect, test } from 'vitest';
import { buildCard } from '../../src/core/card';
import type { Article } from '../../src/core/types';
import { bothDoms } from './dom';

const articleOf = (text: string, root: Element | null = null): Article => ({
  root, text, excluded: [], wordCount: text.split(/\s+/).filter(Boolean).length, via: 'test',
  meta: { headline: null, kicker: null, description: null, author: null, published: null, modified: null, siteName: null, lang: null, leadImage: null, canonicalUrl: null },
});

/** Nodes and text length by an iterative walk (happy-dom's own tree helpers recurse and overflow at this depth). */
function countNodes(doc: Document): [number, number] {
  let nodes = 0;
  let chars = 0;
  const stack: Node[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    nodes++;
    if (n.nodeType === 3) chars += (n as Text).data.length;
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return [nodes, chars];
}

const nested = '<div>'.repeat(10000) + '<table><tr><th>Name</th><th>Kurs</th></tr><tr><td>SAP</td><td>251,30 EUR</td></tr></table>' + '</div>'.repeat(10000);

describe.each([
  ['empty body', ''],
  ['10,000 nested divs', nested],
  ['a frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
])('%s', (_label, html) => {
  test.each(bothDoms(html))('in %s: no throw, no mutation', (_dom, doc) => {
    // Serialising 10,000 levels overflows happy-dom's recursive serializer, so compare counts and text instead.
    const snapshot = () => countNodes(doc);
    const before = snapshot();
    const card = buildCard({ doc, article: articleOf(''), entities: [], mentions: [], hidden: [], url: 'not a url', profile: null });
    expect(card.summary).toEqual([]);
    expect(card.figures).toEqual([]);
    expect(card.source).toBeNull();
    expect(snapshot()).toEqual(before);
  });
});

test('huge text stays fast and gives at most three sentences and twelve figures', () => {
  const para = 'Der Umsatz des Konzerns stieg im dritten Quartal um 5 Prozent auf 1,2 Mrd. Euro, teilte das Unternehmen mit. ';
  const text = Array.from({ length: 5000 }, (_, i) => para.replace('5 Prozent', `${i % 90} Prozent`)).join('\n');
  const [, doc] = bothDoms('<p>x</p>')[0];
  const t0 = performance.now();
  const card = buildCard({ doc, article: articleOf(text), entities: [], mentions: [], hidden: [], url: 'https://example.com/a', profile: null });
  expect(performance.now() - t0).toBeLessThan(5000);
  expect(card.summary).toHaveLength(3);
  expect(card.figures.length).toBeLessThanOrEqual(12);
  expect(card.source).toBe('example.com');
});
