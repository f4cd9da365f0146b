// Promotion boxes inside the article: a line of pitch and a call-to-action link ("Request a demo",
// "See the course >"). Prose that merely links somewhere stays.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { CTA_TEXT } from '../../src/core/article/patterns';
import { PARSERS, page, paragraphs } from './helpers';

test.each([
  ['Request a demo', true], ['Get started', true], ['Start your free trial', true], ['See course >', true],
  ['Jetzt kostenlos testen →', true], ['Jetzt anmelden', true], ['Download the report', true], ['Learn more', true],
  ['Quartalszahlen der Firma', false], ['the annual report', false], ['Getting started with bonds', false], ['a > b', false],
])('"%s" is a call to action: %s', (text, cta) => {
  expect(CTA_TEXT.test(text)).toBe(cta);
});

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each([
    ['a pitch with a demo button', '<div class="box"><h4>Mehr Überblick im Depot</h4><p>Alle Positionen auf einen Blick.</p><a href="/demo">Request a demo</a></div>'],
    ['a pitch whose link ends in an arrow', '<div class="box"><p>Seminar für Einsteiger</p><a href="/kurs">Alle Termine und Preise →</a></div>'],
  ])('%s goes', (_name, box) => {
    const html = `<article><h1>Bericht</h1>${paragraphs(3)}${box}${paragraphs(2, 'Der Konzern')}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Der Konzern meldete im Quartal 2');
    expect(a.text).not.toMatch(/Positionen auf einen Blick|Seminar für Einsteiger|Termine und Preise/);
  });

  test('a paragraph of the story with a "Learn more" link stays', () => {
    const para = '<p>Die Aufsicht hat die Regeln für Anleihen geändert, und Anleger sollten die neuen Fristen kennen. <a href="/regeln">Learn more</a></p>';
    const html = `<article><h1>Bericht</h1>${paragraphs(3)}${para}${paragraphs(2, 'Der Konzern')}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Die Aufsicht hat die Regeln');
  });

  test.each([
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Thanks for signing up!', 'Vielen Dank für Ihre Anmeldung.',
  ])('the sign-up form message "%s" goes', (message) => {
    const form = `<div class="box"><div class="done"><div>${message}</div></div></div>`;
    const html = `<article><h1>Bericht</h1>${paragraphs(3)}${form}${paragraphs(2, 'Der Konzern')}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Der Konzern meldete im Quartal 2');
    expect(a.text).not.toContain(message);
  });
});
