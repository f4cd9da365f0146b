// The seed article in its three constructed forms (BörsenNEWS markup, a plain CMS, obfuscated div soup): the
// "Werbung" boxes, the Smartbroker ad, the UBS leverage widget with its small print and the empty "k.A." quote
// widget are hidden; nothing of the article is.
import { describe, expect, test } from 'vitest';
import truth from '../fixtures/seed-truth.json';
import { blockHolding, blockText, isHidden, runFixture } from './helpers';

const PAGES = Object.entries(truth.pages).map(([file, page]) => ({ file, url: page.url, page }));
// "ad" entries may come back as promo (a broker ad is a promotion) and the empty widget as any kind.
const ACCEPT: Record<string, string[]> = { ad: ['ad', 'promo'], promo: ['promo', 'ad', 'leverage'], leverage: ['leverage'] };

describe.each(PAGES)('$file', ({ file, url, page }) => {
  const { doc, result } = runFixture(file, url);
  const hidden = result.hidden;

  test.each(truth.hide.filter((h) => 'contains' in h))('hides $what', (h) => {
    const block = blockHolding(hidden, (h as { contains: string }).contains);
    expect(block, `no hidden block holds "${(h as { contains: string }).contains}"`).toBeDefined();
    expect(ACCEPT[h.kind]).toContain(block!.kind);
  });

  test.each(truth.hide.filter((h) => 'selector' in h))('hides $what', (h) => {
    const els = [...doc.querySelectorAll((h as { selector: string }).selector)];
    expect(els.length).toBeGreaterThan(0);
    for (const el of els) expect(isHidden(hidden, el)).toBe(true);
  });

  test('hides the containers the truth names as ads', () => {
    const c = page.containers;
    for (const sel of [...c.ad, ...c.leverage, c.emptyWidget]) {
      const el = doc.querySelector(sel);
      expect(el, sel).not.toBeNull();
      expect(isHidden(hidden, el!), sel).toBe(true);
    }
  });

  test('hides no article sentence, heading or kept block', () => {
    const all = hidden.map(blockText).join('\n');
    for (const s of [...truth.articleSentences, ...truth.articleHeadings]) expect(all).not.toContain(s);
    for (const k of truth.keep) expect(all).not.toContain(k.contains);
  });

  test('never hides the article container or anything around it', () => {
    for (const sel of [page.containers.article, page.containers.articleBody, page.containers.quotes]) {
      const el = doc.querySelector(sel)!;
      for (const b of hidden) expect(b.el === el || b.el.contains(el)).toBe(false);
    }
  });

  test('every block has a kind and a reason', () => {
    expect(hidden.length).toBeGreaterThan(0);
    for (const b of hidden) {
      expect(['ad', 'leverage', 'promo']).toContain(b.kind);
      expect(b.reason).toMatch(/^[a-z-]+[:#]?/);
    }
  });
});
