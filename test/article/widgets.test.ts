// "widget" is a weak boilerplate word: page builders call every box of the article "<builder>-widget", while
// sidebars call their link lists and sign-up boxes "widget" too. Prose decides which one a box is.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const NAV = `<nav><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/r${i}">Rubrik Nummer ${i}</a></li>`).join('')}</ul></nav>`;
/** A page builder's box: outer element and inner container both named like a widget. */
const box = (inner: string) => `<div class="pb-element pb-widget pb-widget-text"><div class="pb-widget-container">${inner}</div></div>`;
const intro = '<p>Der Einstieg in dieses Thema gelingt am besten mit einem kurzen Überblick über die Lage.</p>';
const sidebar = `<div class="widget widget_links"><h3>Linktipps</h3><p>Schauen Sie auch bei unseren Partnern vorbei, heute gibt es Rabatt.</p></div>`;

describe.each(PARSERS)('%s', (_dom, parse) => {
  test('an article built of widget boxes keeps every box, the short intro box included', () => {
    const html = `${NAV}<div class="pb-page">${box(intro)}${box(paragraphs(9))}${box(paragraphs(4, 'Der Konzern'))}</div><div class="side">${sidebar}</div>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Die Firma meldete im Quartal 9');
    expect(a.text).toContain('Der Konzern meldete im Quartal 4');
    expect(a.text).toContain('Der Einstieg in dieses Thema');
    expect(a.text).not.toContain('unseren Partnern');
  });

  test('a short widget box inside an ordinary article stays out', () => {
    const html = `${NAV}<article><h1>Bericht</h1>${paragraphs(4)}${sidebar}${paragraphs(2, 'Der Konzern')}</article>`;
    const a = detectArticle(parse(page(html)), { url: null, profile: null });
    expect(a.text).toContain('Der Konzern meldete im Quartal 2');
    expect(a.text).not.toContain('unseren Partnern');
  });
});
