// Inside the root, short lines above the headline (section name, category, a date line) are furniture: the
// story starts at its headline. A paragraph placed above it stays.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each([
    ['a section label above the headline goes', '<div class="rubrik">Pressemitteilungen</div>', 'Pressemitteilungen', false],
    ['a category link list above the headline goes', '<ul class="cats"><li>Politik</li><li>Wirtschaft</li></ul>', 'Wirtschaft', false],
    ['a paragraph above the headline stays', '<p>Die Notenbank hat die Zinsen zum dritten Mal in diesem Jahr gesenkt, wie erwartet.</p>', 'Die Notenbank hat', true],
  ])('%s', (_name, above, probe, kept) => {
    const html = `<article>${above}<h1>Die Zinsen sinken weiter</h1>${paragraphs(5)}</article>`;
    const a = detectArticle(parse(page(html, '<title>Die Zinsen sinken weiter</title>')), { url: null, profile: null });
    expect(a.meta.headline).toBe('Die Zinsen sinken weiter');
    expect(a.text).toContain('Die Firma meldete im Quartal 5');
    expect(a.text.includes(probe)).toBe(kept);
  });

  test.each([
    ['a category line above the first paragraph goes', '<div class="rubrik">Promis</div>', 'Promis', false],
    ['a heading above the first paragraph stays', '<h2>Die Zinsen sinken weiter</h2>', 'Die Zinsen sinken', true],
  ])('without a headline in the root: %s', (_name, above, probe, kept) => {
    const html = `<header><h1>Das Magazin</h1></header><div class="story">${above}${paragraphs(5)}</div>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Die Firma meldete im Quartal 5');
    expect(a.text.includes(probe)).toBe(kept);
  });
});

