// The hiding scan's walk runs in slices in the page (before the article is known): stepping it in any number of
// slices, then adding the article, must give exactly the blocks the one-go scan gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseDocument } from '../../src/cli/html';
import { detectArticle } from '../../src/core/article';
import { findHiddenBlocks, startBodyWalk } from '../../src/core/ads';
import { scanBody, scanFromWalk } from '../../src/core/ads/scan';
import { profileFor } from '../../src/sites';
import { FIXTURES } from './helpers';

/** The seed page with its body repeated: long enough for the walk to need several slices. */
const LONG = 'long page';
const pages: [string, string | null][] = [
  ['boersennews--zuckerberg.html', 'https://www.boersennews.de/nachrichten/artikel/x'],
  ['sites/finanzen.html', 'https://www.finanzen.net/nachricht/aktien/x'],
  ['sites/ariva.html', 'https://www.ariva.de/news/x'],
  ['sites/cnbc.html', 'https://www.cnbc.com/2025/01/01/x.html'],
  ['variants/zuckerberg--div-soup.html', null],
  [LONG, 'https://www.boersennews.de/nachrichten/artikel/x'],
];

const html = (file: string) => {
  const seed = readFileSync(join(FIXTURES, pages[0][0]), 'utf8');
  if (file !== LONG) return readFileSync(join(FIXTURES, file), 'utf8');
  return seed.replace(/(<body[^>]*>)([\s\S]*)(<\/body>)/i, (_, open: string, body: string, close: string) => open + body.repeat(6) + close);
};

function setup(file: string, url: string | null) {
  const doc = parseDocument(html(file));
  const article = detectArticle(doc, { url, profile: profileFor(url) });
  return { doc, article, ctx: { article, profile: profileFor(url), userRules: '', url } };
}

test.each(pages)('%s: a walk in slices gives the one-go scan and the same hidden blocks', (file, url) => {
  const { doc, article, ctx } = setup(file, url);
  const walk = startBodyWalk(doc.body);
  let slices = 1;
  while (!walk.step(() => true)) slices++; // yield at every check: as many slices as the walk allows
  // The walk asks every 64 nodes: the long page takes several slices.
  if (file === LONG) expect(slices).toBeGreaterThan(3);
  const excluded = new Set(article.excluded);
  expect(scanFromWalk(walk, article.root, excluded)).toStrictEqual(scanBody(doc.body, article.root, excluded));
  const sliced = findHiddenBlocks(doc, { ...ctx, walk });
  const oneGo = findHiddenBlocks(doc, ctx);
  expect(sliced.map((b) => [b.el, b.kind, b.reason])).toEqual(oneGo.map((b) => [b.el, b.kind, b.reason]));
  expect(oneGo.length).toBeGreaterThan(0);
});

test('a walk of another document is not used', () => {
  const a = setup(pages[0][0], pages[0][1]);
  const other = setup(pages[1][0], pages[1][1]);
  const foreign = startBodyWalk(other.doc.body);
  foreign.step();
  const blocks = findHiddenBlocks(a.doc, { ...a.ctx, walk: foreign });
  expect(blocks.map((b) => b.el.ownerDocument)).toEqual(blocks.map(() => a.doc));
  expect(blocks.map((b) => b.el)).toEqual(findHiddenBlocks(a.doc, a.ctx).map((b) => b.el));
});

test('a page that changes between slices is walked to the end without throwing', () => {
  const { doc, article, ctx } = setup(pages[0][0], pages[0][1]);
  const walk = startBodyWalk(doc.body);
  let slices = 0;
  while (!walk.step(() => true)) {
    // A page script between two slices: removes what the walk may stand on, appends new nodes.
    const victim = doc.body.querySelectorAll('div')[slices % 7];
    victim?.remove();
    doc.body.append(doc.createElement('p'));
    if (++slices > 10_000) throw new Error('the walk does not end');
  }
  expect(() => findHiddenBlocks(doc, { ...ctx, walk })).not.toThrow();
  expect(scanFromWalk(walk, article.root, new Set(article.excluded)).els.length).toBeGreaterThan(10);
});
