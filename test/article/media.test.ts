// Captions and photo credits beside an image (no figcaption) are not article text; quotes in figures are.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const BOXES: Array<[string, string]> = [
  ['a figure with a bare credit', '<figure><img src="/a.jpg" alt="">Erika Beispiel/Bildagentur</figure>'],
  ['an image-named box with a credit', '<div class="article-image"><img src="/a.jpg" alt=""><span>Foto Erika Beispiel</span></div>'],
  ['a figure holding a picture element', '<figure class="hero"><picture><img src="/a.jpg" alt=""></picture><div>Symbolbild Erika Beispiel</div></figure>'],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(BOXES)('%s is left out', (_name, box) => {
    const a = detectArticle(parse(page(`<article><h1>Titel</h1>${box}${paragraphs(5)}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 5');
    expect(a.text).not.toContain('Erika Beispiel');
  });

  test('a pull quote in a figure stays', () => {
    const quote = '<figure><blockquote>Wir wachsen schneller als der Markt.</blockquote><img src="/a.jpg" alt=""></figure>';
    const a = detectArticle(parse(page(`<article><h1>Titel</h1>${paragraphs(3)}${quote}${paragraphs(2)}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('Wir wachsen schneller als der Markt.');
  });

  test('a long text in an image-named box is not a caption', () => {
    const long = 'Die Grafik zeigt, wie sich der Umsatz über fünf Jahre entwickelt hat, und sie macht deutlich, dass das Wachstum vor allem aus dem Auslandsgeschäft kam, das der Vorstand ausbauen will.';
    const a = detectArticle(parse(page(`<article><h1>Titel</h1>${paragraphs(3)}<div class="image-text"><img src="/a.jpg" alt="">${long}</div>${paragraphs(2)}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('Auslandsgeschäft');
  });
});
