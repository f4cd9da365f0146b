// Headings after the article's last paragraph whose boxes were left out (a link list, a logo wall) label
// boilerplate: they go with it. Headings with text after them, or a page of headings only, stay.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const links = `<ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/p${i}">Partnerverein ${i}</a></li>`).join('')}</ul>`;

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each([
    ['a heading over a left-out link list at the end goes', `<h3>Unsere Förderer</h3>${links}`, false],
    ['two trailing headings over link lists both go', `<h3>Termine im Kreis</h3>${links}<h3>Unsere Förderer</h3>${links}`, false],
    ['a heading over a last paragraph stays', `<h3>Unsere Förderer</h3><p>Die Förderer unterstützen den Verein seit vielen Jahren mit Geld und Zeit.</p>`, true],
  ])('%s', (_name, tail, kept) => {
    const html = `<article><h1>Bericht</h1>${paragraphs(5)}${tail}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Die Firma meldete im Quartal 5');
    expect(a.text.includes('Unsere Förderer')).toBe(kept);
  });

  test('a heading inside the body keeps its place', () => {
    const html = `<article><h1>Bericht</h1>${paragraphs(3)}<h2>Der Ausblick</h2>${paragraphs(2, 'Der Verband')}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Der Ausblick');
  });

  test('a page with headings only keeps them', () => {
    const a = detectArticle(parse(page('<div><h2>Nur ein Titel ohne Text darunter</h2></div>')), { url: null, profile: null });
    expect(a.text).toContain('Nur ein Titel');
  });
});
