// A standfirst in the headline's block, several levels away from the body container, is article text;
// what else stands in that block (dateline, share bar) and around the body (sidebar) stays out.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const LEAD = 'Der Hersteller will sein Werk in der Region ausbauen und dafür hunderte neue Stellen schaffen.';
// A row of section links in the header: page text that keeps the root from growing over the header by itself.
const MENU = `<ul class="sections">${['Märkte', 'Aktien', 'Fonds', 'Anleihen', 'Rohstoffe', 'Devisen', 'Zinsen', 'Konjunktur', 'Unternehmen', 'Technologie'].map((x) => `<li><a href="/${x}">${x} im Überblick</a></li>`).join('')}</ul>`;
const body = (between: string, afterHeader = '') => page(
  `<div class="page"><header class="top"><div class="titlebox"><h1>Werk wird ausgebaut</h1>${between}</div>` +
  `<div class="dateline">12.03.2024</div><div class="sharebar"><a href="/s">Teilen</a></div></header>${afterHeader}${MENU}` +
  `<div class="l1"><div class="l2"><div class="l3"><div class="l4">${paragraphs(12)}</div></div>` +
  `<aside><p>Unser Podcast erscheint jeden Freitag mit neuen Folgen rund um Geld und Börse.</p></aside></div></div></div>`,
);

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each([
    ['a paragraph', `<p class="dek">${LEAD}</p>`],
    ['a subheadline', `<h2>${LEAD}</h2>`],
  ])('the lead as %s joins the text', (_name, lead) => {
    const a = detectArticle(parse(body(lead)), { url: null, profile: null });
    expect(a.text).toContain(LEAD);
    expect(a.text).toContain('meldete im Quartal 12');
    expect(a.text).not.toContain('12.03.2024');
    expect(a.text).not.toContain('Teilen');
    expect(a.text).not.toContain('Unser Podcast');
  });

  test('a link list under the headline is no lead', () => {
    const links = `<p><a href="/a">Alle Nachrichten aus der Region und der Wirtschaft im Überblick lesen</a></p>`;
    const a = detectArticle(parse(body(links)), { url: null, profile: null });
    expect(a.text).not.toContain('Alle Nachrichten');
    expect(a.text).toContain('meldete im Quartal 12');
  });

  test('no lead is taken across a teaser list between the headline and the body', () => {
    // Far from the body and parted from it by other stories: a block of another page section, not this lead.
    const teasers = `<ul class="more">${Array.from({ length: 10 }, (_, i) => `<li><a href="/t${i}">Weitere Meldung Nummer ${i + 1} aus der Wirtschaft</a></li>`).join('')}</ul>`;
    const a = detectArticle(parse(body(`<p class="dek">${LEAD}</p>`, teasers)), { url: null, profile: null });
    expect(a.text).not.toContain(LEAD);
    expect(a.text).not.toContain('Weitere Meldung');
    expect(a.text).toContain('meldete im Quartal 12');
  });
});
