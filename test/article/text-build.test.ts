// The detector's own text builder must give buildTextIndex's text character for character: the content
// script maps offsets into the page with buildTextIndex.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { buildTextIndex } from '../../src/core/text';
import { PARSERS, fixture, page, paragraphs } from './helpers';

const CASES: Array<[string, string]> = [
  ['paragraphs, inline links, empty blocks', page(`<article><h1>Titel</h1><div></div>${paragraphs(4)}<p>mit <a href="/x">Link</a>, <b>fett</b>und&nbsp;mehr</p></article>`)],
  ['hidden, aria-hidden, scripts and a share bar inside', page(`<article>${paragraphs(3)}<div hidden>versteckt</div><span aria-hidden="true">x</span><script>var a</script><div class="share">Teilen</div><p>Ende</p></article>`)],
  ['whitespace-only text between blocks', page(`<main>\n  <p> Eins </p>\n\n  <p>\tZwei  drei </p> ${paragraphs(3)}</main>`)],
  ['nesting deeper than the text index reads recursively', page(`${'<div>'.repeat(2100)}<p>a</p>b<div>c</div>d${'</div>'.repeat(2100)}${paragraphs(3)}`)],
  ['single and double spaces, tabs, no-break spaces, empty inline and block elements', page(`<article>${paragraphs(3)}<p>a  b\u00a0c\td <span> x </span><b></b><div></div>y <em>z</em> </p><ul><li> </li><li>eins<br>zwei</li></ul><p>Ende.</p></article>`)],
  ['the seed page', fixture('boersennews--zuckerberg.html')],
  // linkedom leaves the content of a page that never closes <head> inside <head>.
  ['page content the parser left in <head>', `<!doctype html><html><head><title>T</title><div class="content"><h1>Titel</h1>${paragraphs(4)}</div></html>`],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(CASES)('%s', (_name, html) => {
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.root).not.toBeNull();
    expect(a.text).toBe(buildTextIndex(a.root!, new Set(a.excluded)).text);
  });

  test('page content the parser left in <head> is the article', () => {
    const a = detectArticle(parse(CASES.at(-1)![1]), { url: null, profile: null });
    expect(a.text).toContain('Die Firma meldete im Quartal 4');
  });
});
