// General signals for choosing the root and keeping its content: data tables, code blocks, hidden copies.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { DATE_ONLY } from '../../src/core/article/patterns';
import { PARSERS, page, paragraphs } from './helpers';

test.each([
  ['January 13', true], ['Sept. 4, 2024', true], ['12.06.2025, 10:10 Uhr', true], ['Mo, 3. März 2025', true],
  ['Dec 3rd, 2024 at 10:00 am', true], ['Lauf 6', false], ['Step 3', false], ['Kapitel 2', false], ['Mayor 12', false],
])('"%s" is a date line on its own: %s', (text, isDate) => {
  expect(DATE_ONLY.test(text)).toBe(isDate);
});

const NAV = `<nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/r${i}">Rubrik Nummer ${i}</a></li>`).join('')}</ul></nav>`;

/** A results table: many short cells, no paragraph long enough to count as prose. */
const resultsTable = (rows: number) =>
  `<table>${Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}.</td><td>Läuferin ${i}, Verein ${i}</td><td>12,${i}0 s</td></tr>`).join('')}</table>`;

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each([
    ['a list item that opens with a long link is prose', '<li><a href="/l">Diese Liste der besten Hotels in der Stadt und der schönsten Pools</a> nennt es auch, und das Frühstück ist gut.</li>', true],
    ['a list item that is only a link is navigation', '<li><a href="/l">Diese Liste der besten Hotels in der Stadt und der schönsten Pools</a></li>', false],
  ])('%s', (_name, item, kept) => {
    const html = `${NAV}<article><h1>Hotels</h1>${paragraphs(4)}<ul>${item}<li>Das Haus liegt direkt am Fluss und hat einen eigenen Garten mit altem Baumbestand.</li></ul>${paragraphs(2)}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text.includes('besten Hotels in der Stadt')).toBe(kept);
  });

  test.each([
    ['a newsletter-named box holding most of the story is its first part', 'hero cc-newsletter', true],
    ['a comment thread beside the story stays out however long', 'comments-area', false],
  ])('%s', (_name, cls, kept) => {
    const html = `${NAV}<main><section class="${cls}">${paragraphs(6, 'Der Kasten')}</section><section>${paragraphs(3)}</section></main>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Die Firma meldete im Quartal 3');
    expect(a.text.includes('Der Kasten meldete im Quartal 5')).toBe(kept);
  });

  test('a page of results tables keeps all tables, not the one row that reads like a paragraph', () => {
    const tables = Array.from({ length: 6 }, (_, i) => `<h3>Lauf ${i + 1}</h3>${resultsTable(8)}`).join('');
    const lone = '<table><tr><td>Kampfrichterin: Erika Mustermann aus dem Landkreis</td></tr></table>';
    const html = `${NAV}<div class="content"><h1>Ergebnisse</h1>${paragraphs(3)}<pre>${tables}</pre></div><div>${lone}</div>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Läuferin 3, Verein 3');
    expect(a.text).toContain('Lauf 6');
    expect(a.text).not.toContain('Rubrik Nummer 4');
    expect(a.text).not.toContain('Kampfrichterin');
  });

  test.each([
    ['hljs-comment', '<span class="hljs-comment"># commit the staged files</span>'],
    ['token comment', '<span class="token comment">// commit the staged files</span>'],
  ])('a %s inside a code block stays in the text', (_name, span) => {
    const code = `<pre><code>git add .\n${span}\ngit commit -m "first"</code></pre>`;
    const a = detectArticle(parse(page(`<article><h1>Git</h1>${paragraphs(4)}${code}${paragraphs(2)}</article>`)), { url: null, profile: null });
    expect(a.text).toContain('commit the staged files');
    expect(a.text).toContain('git commit');
  });

  test('a comment box outside code is still left out', () => {
    const html = `<article><h1>Git</h1>${paragraphs(4)}<div class="comment">Toller Beitrag, danke vielmals dafür!</div></article>`;
    expect(detectArticle(parse(page(html)), { url: null, profile: null }).text).not.toContain('Toller Beitrag');
  });

  test.each(['hide', 'hidden', 'd-none', 'w-condition-invisible'])('a copy in a box with class "%s" is left out', (cls) => {
    const copy = `<div class="${cls}"><p>Die versteckte Kopie für das andere Layout, die niemand auf der Seite sieht.</p>${paragraphs(2)}</div>`;
    const a = detectArticle(parse(page(`<main><h1>Titel</h1>${paragraphs(6)}${copy}</main>`)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 6');
    expect(a.text).not.toContain('versteckte Kopie');
  });

  test.each(['d-none d-md-block', 'hidden lg:block', 'hidden-xs', 'hide-on-mobile'])('a box with class "%s" is shown somewhere and stays', (cls) => {
    const box = `<div class="${cls}"><p>Der Absatz, den große Bildschirme zeigen, gehört zum Artikel dazu.</p></div>`;
    const a = detectArticle(parse(page(`<main><h1>Titel</h1>${paragraphs(6)}${box}</main>`)), { url: null, profile: null });
    expect(a.text).toContain('große Bildschirme');
  });

  test('a paywall-named wrapper around most of the paragraphs is the article, not boilerplate', () => {
    const html = `${NAV}<div class="wrap"><div class="steady-paywall-container"><div class="the-content"><h1>Titel</h1>${paragraphs(8)}</div></div><div class="box">${paragraphs(1, 'Die Konkurrenz')}</div><div class="sidebar">${paragraphs(4, 'Der Nachbar')}</div></div>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 6');
    expect(a.text).not.toContain('Die Konkurrenz');
  });

  test('a short story above a long comment thread is the article, not the thread', () => {
    const comments = Array.from({ length: 25 }, (_, i) => `<li class="comment"><div class="comment-body"><p>Leser ${i} meint: das sehe ich völlig anders, denn die Zahlen des Quartals sagen etwas ganz anderes.</p></div></li>`).join('');
    const links = Array.from({ length: 60 }, (_, i) => `<a href="/s${i}">Seite ${i}</a>`).join(' ');
    const html = `${NAV}<div class="main"><div class="story"><h1>Titel</h1>${paragraphs(3)}</div></div><div id="comments" class="comments"><ol>${comments}</ol></div><div class="links">${links}</div>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 3');
    expect(a.text).not.toContain('Leser 4 meint');
    // The root is the story's own box, not the whole page around story and thread.
    expect(a.root?.getAttribute('class')).toBe('main');
  });

  test('a long notice in a sidebar widget does not beat a short article', () => {
    const notice = `<div class="textwidget"><p>${'Für die Inhalte verlinkter Seiten sind ausschließlich deren Betreiber verantwortlich, wir übernehmen keine Haftung. '.repeat(5)}</p></div>`;
    const html = `${NAV}<div id="content"><div class="post"><h1>Titel</h1>${paragraphs(3)}<ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/t${i}">Schlagwort ${i}</a></li>`).join('')}</ul></div></div><div id="sidebar">${notice}</div>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 3');
    expect(a.text).not.toContain('Betreiber verantwortlich');
  });
});
