// Bylines written in the page itself: agency and editor shorthands in the article's own footer or header,
// prose labels; never names from the page footer, a sidebar or the comments.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { bylineText } from '../../src/core/article/byline';
import { PARSERS, page, paragraphs } from './helpers';

const withFooter = (footer: string, outside = '') =>
  page(`<article><h1>Zinsen bleiben hoch</h1><div class="article-body">${paragraphs(5)}</div><footer class="article-footer">${footer}</footer></article>${outside}`);
const withHeader = (line: string) => page(`<article><header><h1>Zinsen bleiben hoch</h1>${line}</header><div class="article-body">${paragraphs(5)}</div></article>`);

const CASES: Array<[string, string, string | null]> = [
  ['editor shorthand in the article footer', withFooter('<p class="article-author">Bn-Redaktion/ts</p>'), 'Bn-Redaktion/ts'],
  ['agency shorthand in the article footer', withFooter('<p class="article-author">dpa-AFX/ts</p>'), 'dpa-AFX/ts'],
  ['agency name as byline', withFooter('<span class="byline">Reuters</span>'), 'Reuters'],
  ['"Von" prefix is stripped', withHeader('<p class="author">Von Max Muster</p>'), 'Max Muster'],
  ['page footer credits are no byline', withFooter('<p>Teilen</p>', '<footer class="site-footer"><p class="author">Webmaster Team</p></footer>'), null],
  ['prose byline in an unnamed paragraph', withHeader('<p class="meta"><time>Apr 17, 2025</time></p><p class="muted">By Jerry Probe</p>'), 'Jerry Probe'],
  ['"Contributors:" label with the name beside it', withHeader('<div class="tags"><strong>Contributors:</strong> Janet Test</div>'), 'Janet Test'],
  ['a section heading "By Function" is no byline', page(`<article><h1>Zinsen</h1><div class="body">${paragraphs(3)}<h3><b>By Functionality</b></h3>${paragraphs(2)}</div></article>`), null],
  ['byline in the header of a page whose body class names a sidebar', page(`<div class="has-sidebar single-comments-open"><article><header><h1>Zinsen</h1><span class="author vcard">Trevor Probe</span></header><div class="entry-content">${paragraphs(5)}</div></article></div>`), 'Trevor Probe'],
  ['SEO preview label "Written by"', page(`<article><h1>Zinsen</h1><div class="body">${paragraphs(5)}</div></article>`, '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dental Team">'), 'Dental Team'],
  ['comment authors are no byline', withFooter('', '<div class="comments"><span class="comment-author">Lisa Leser</span></div>'), null],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(CASES)('%s', (_name, html, author) => {
    const a = detectArticle(parse(html), { url: 'https://example.org/a/1', profile: null });
    expect(a.meta.author).toBe(author);
  });
});

describe.each(PARSERS)('%s: byline text keeps the parts the layout separates', (_dom, parse) => {
  test.each([
    ['<div><div>Liza Test</div><div>Marketing Director</div></div>', 'Liza Test | Marketing Director'],
    ['<p><span>By</span><span>Daryl Test</span></p>', 'By | Daryl Test'],
    ['<p>Written by <span>Anna Muster</span>, <span>Ben Beispiel</span></p>', 'Written by Anna Muster, Ben Beispiel'],
    ['<p>Von <a href="/autor/x">Clara Test</a> und <b>Dan Probe</b></p>', 'Von Clara Test und Dan Probe'],
  ])('%s', (html, text) => {
    const doc = parse(page(html));
    expect(bylineText(doc.querySelector('body > *'))).toBe(text);
  });
});
