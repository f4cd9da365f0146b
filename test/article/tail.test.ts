// Short boxes the root holds after the container with the story's paragraphs are furniture; the story's own
// text after that container (a long closing section) stays.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const TAILS: Array<[string, string]> = [
  ['an author note', '<div class="about"><p>Erika Beispiel schreibt seit zehn Jahren über Märkte, Anlagen und Unternehmen.</p></div>'],
  ['a magazine promotion', '<div class="box"><p>Unser Heft erscheint jeden Monat neu: jetzt im Handel oder digital in der App lesen.</p></div>'],
  ['a bare line', '<p>Alle Beiträge dieser Woche finden Sie in unserer Übersicht.</p>'],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(TAILS)('%s after the body container is left out', (_name, tail) => {
    const html = page(`<article><h1>Titel</h1><div class="body">${paragraphs(8)}</div>${tail}</article>`);
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 8');
    expect(a.text).not.toMatch(/Erika Beispiel|Unser Heft|Alle Beiträge/);
  });

  test('a long closing paragraph after the body container stays', () => {
    // The body holds over 85% of the paragraphs, but a block this long is the story going on, not a box.
    const closing = `<p>${'Zum Schluss betonte der Vorstand, dass die Strategie langfristig angelegt sei. '.repeat(10)}</p>`;
    const html = page(`<article><h1>Titel</h1><div class="body">${paragraphs(30)}</div>${closing}</article>`);
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 30');
    expect(a.text).toContain('Zum Schluss betonte');
  });

  test('text after the body is kept while no single container holds the story', () => {
    const html = page(`<article><h1>Titel</h1><div class="a">${paragraphs(4)}</div><div class="b">${paragraphs(4, 'Der Konzern')}</div><p>Alle Beiträge dieser Woche finden Sie in unserer Übersicht.</p></article>`);
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('Alle Beiträge dieser Woche');
  });

  test('a box after the last paragraph inside the body container is left out; a closing paragraph stays', () => {
    const note = '<div class="note">Mehr zu Anleihen lesen Sie in unserem Ratgeber für Einsteiger.</div>';
    const html = page(`<article><h1>Titel</h1><div class="body">${paragraphs(8)}<p>Die Aktie schloss am Abend leicht im Plus.</p>${note}</div></article>`);
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('Die Aktie schloss am Abend');
    expect(a.text).not.toContain('Mehr zu Anleihen');
  });

  test('a box between paragraphs of the body container stays', () => {
    const box = '<div class="note">Die Zahlen im Überblick: Umsatz plus vier Prozent.</div>';
    const html = page(`<article><h1>Titel</h1><div class="body">${paragraphs(4)}${box}${paragraphs(4, 'Der Konzern')}</div></article>`);
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('Die Zahlen im Überblick');
  });

  test('a short box above the body container without paragraph or heading is left out; the lead stays', () => {
    const info = '<div class="info"><span>E. Beispiel</span> <span>4 Min.</span></div>';
    const lead = '<p class="intro">Der Hersteller hebt nach einem starken Quartal die Prognose für das Gesamtjahr an.</p>';
    const html = page(`<article><h1>Titel</h1>${info}${lead}<div class="body">${paragraphs(12)}</div></article>`);
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).not.toContain('E. Beispiel');
    expect(a.text).toContain('Der Hersteller hebt');
    expect(a.text).toContain('meldete im Quartal 12');
  });
});
