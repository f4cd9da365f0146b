// Page-wide containers with boilerplate-sounding names are layout, and pages without <html> still have a body.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const CASES: Array<[string, string]> = [
  ['everything inside a "has-sidebar" wrapper', page(`<div class="has-sidebar"><div class="entry">${paragraphs(6)}<div class="share-bar">Teilen Sie diesen Artikel jetzt mit Ihren Freunden und Bekannten</div></div><div class="widget">Widget-Text über etwas anderes</div></div>`)],
  ['a page-wide ASP.NET form', page(`<form id="aspnetForm"><div class="text">${paragraphs(6)}</div><div class="share-bar">Teilen Sie diesen Artikel jetzt mit Ihren Freunden und Bekannten</div></form>`)],
  ['no <html> element, a top-level head and body', `<!DOCTYPE html><head><title>T</title></head><body><div class="text">${paragraphs(6)}</div><div class="share-bar">Teilen Sie diesen Artikel jetzt mit Ihren Freunden und Bekannten</div></body>`],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(CASES)('%s', (_name, html) => {
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 6');
    expect(a.text).not.toContain('Teilen Sie');
    expect(a.text).not.toContain('Widget-Text');
  });
});

test('a comment thread longer than the article stays boilerplate', () => {
  const comments = Array.from({ length: 12 }, (_, i) => `<p>Leserkommentar ${i}: Ich sehe das ganz anders, denn die Zahlen sagen etwas anderes aus als behauptet.</p>`).join('');
  const html = page(`<article><div class="text">${paragraphs(4)}</div></article><div class="comments">${comments}</div>`);
  for (const [, parse] of PARSERS) {
    const a = detectArticle(parse(html), { url: null, profile: null });
    expect(a.text).toContain('meldete im Quartal 4');
    expect(a.text).not.toContain('Leserkommentar');
  }
});
