// The pre-hide stylesheet (src/content/prehide.css): current with the profiles, and on every site's fixture it hides
// nothing that the guarded pass would not hide too, so handing over from it to the marks never shows or moves a
// block the reader did not ask to see (and never hides article text, even for the moment before the first pass).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/sites';
import { HIDING_ATTR, PREHIDE_ATTR, prehideCss, splitSelectorList } from '../../src/sites/prehide';
import { runFixture } from '../ads/helpers';
import { CASES } from './cases';

const CSS = readFileSync('src/content/prehide.css', 'utf8');

/** The selector lists of the stylesheet (comments and declarations left out). */
const ruleSelectors = (css: string): string[] =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((block) => block.split('{')[0]!.trim())
    .filter(Boolean);

test('prehide.css is generated from the current profiles (else: npm run prehide)', () => {
  expect(CSS).toBe(prehideCss(PROFILES));
});

test('selector lists split at top-level commas only', () => {
  expect(splitSelectorList("a, [id^='x,y'], :is(.b, .c) > d,")).toEqual(['a', "[id^='x,y']", ':is(.b, .c) > d']);
  expect(splitSelectorList('div[data-a="1,2"] , span')).toEqual(['div[data-a="1,2"]', 'span']);
});

test('rules with a text condition are left to the guarded pass; keep selectors are never hidden', () => {
  const css = prehideCss([
    {
      id: 'x', name: 'X', match: ['x.de'], lang: 'de', keep: ['#keep'],
      hide: [
        { selector: '.ad, .slot', kind: 'ad', why: 'slot' },
        { selector: '.box', kind: 'promo', why: 'text only', text: 'Anzeige' },
      ],
    },
  ]);
  expect(ruleSelectors(css)[0]!.split(',\n')).toEqual([
    `html[${HIDING_ATTR}~='ad'][${PREHIDE_ATTR}$='.x.de'] .ad:not(#keep, :has(#keep))`,
    `html[${HIDING_ATTR}~='ad'][${PREHIDE_ATTR}$='.x.de'] .slot:not(#keep, :has(#keep))`,
  ]);
  expect(css).not.toContain('.box');
});

describe.each(CASES)('%s fixture', (id, url) => {
  test('the pre-hide hides only blocks the guarded pass hides, and switches with the two <html> attributes', () => {
    const { doc, result } = runFixture(`sites/${id}.html`, url);
    const html = doc.documentElement;
    const matched = () => new Set(ruleSelectors(CSS).flatMap((list) => [...doc.querySelectorAll(list)]));
    expect(matched().size).toBe(0); // off until the early script turns it on
    html.setAttribute(HIDING_ATTR, 'ad leverage promo');
    html.setAttribute(PREHIDE_ATTR, `.${new URL(url).hostname}`);
    const prehidden = matched();
    for (const el of prehidden) {
      const block = result.hidden.find((b) => b.el === el || b.el.contains(el));
      expect(block, `${id}: ${el.outerHTML.slice(0, 100)}`).toBeDefined();
    }
    html.setAttribute(PREHIDE_ATTR, '.www.example.com'); // another site: none of these rules
    expect(matched().size).toBe(0);
    expect(prehidden.size).toBeGreaterThan(0); // every profile has rules CSS can state, and they fire on its fixture
  });
});
