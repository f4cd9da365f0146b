// Property tests: generated, messy DOMs. The analysis never throws, never mutates its input, and gives the same
// result twice. The generator mixes what real pages contain: deep nesting, empty and huge text nodes, comments,
// templates, SVG/MathML, odd characters (RTL marks, zero-width, emoji, lone surrogates), markup-like text.
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/cli/html';
import { analyze } from '../../src/core/analyze';
import { analysisToJson } from '../../src/core/serialize';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '\u200f', '\u200b\u200d', '🚀📈', '\ud800', '\udfff', 'Meta Platforms', 'Werbung', 'Anzeige', 'Hebel: 21', 'Ask: 2,61',
    'DE0007164600', 'WKN 716460', '28 Milliarden Dollar', '-1,30 %', '12.06.2025, 10:10 Uhr', '</style>',
    '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'CEO Mark Zuckerberg', 'z. B.', '...', '',
  ),
  fc.string({ maxLength: 10 }).map((s) => s.repeat(200)),
);

const sentence = fc
  .array(fc.constantFrom('Die', 'Aktie', 'von', 'SAP', 'stieg', 'um', '3 Prozent', 'Meta', 'sagte', 'Analyst', 'the', 'shares', 'rose'), { minLength: 3, maxLength: 25 })
  .map((w) => w.join(' ') + '.');

const tags = ['div', 'p', 'span', 'article', 'section', 'aside', 'main', 'h1', 'h2', 'li', 'table', 'td', 'a', 'b', 'figure', 'header', 'footer', 'nav'];
const attrs = fc.constantFrom('', ' class="ad"', ' id="div-gpt-ad-1"', ' class="article-body"', ' hidden', ' aria-hidden="true"', ' class="werbung teaser"', ' data-x="&quot;>"', ' href="javascript:void(0)"');

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(oddText.map(escape), sentence)
    : fc.oneof(
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...tags), attrs, fc.array(node(depth - 1), { maxLength: 5 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`) },
        { weight: 1, arbitrary: oddText.map((t) => `<!--${t.replace(/--/g, '')}-->`) },
        { weight: 1, arbitrary: node(depth - 1).map((k) => `<template>${k}</template>`) },
        { weight: 1, arbitrary: fc.constant('<svg><text>chart</text><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>') },
        { weight: 1, arbitrary: fc.constant('<script>document.write("x")</script><style>p{}</style>') },
        { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((n) => '<div>'.repeat(n) + 'deep' + '</div>'.repeat(n)) },
      ),
);

const page = fc
  .tuple(fc.constantFrom('', '<!doctype html>'), fc.constantFrom('de', 'en', 'ar', 'zh', ''), fc.array(node(5), { maxLength: 6 }))
  .map(([dt, lang, body]) => `${dt}<html lang="${lang}"><head><title>t</title></head><body>${body.join('')}</body></html>`);

const url = fc.constantFrom(null, 'https://www.boersennews.de/a', 'https://www.onvista.de/news/x', 'not a url', 'https://example.org/');
const strip = (a: ReturnType<typeof analyze>) => ({ ...analysisToJson(a), timings: undefined });

describe('analyze on generated pages', () => {
  test('linkedom: never throws, never mutates, deterministic', () => {
    fc.assert(
      fc.property(page, url, (html, u) => {
        const doc = parseDocument(html);
        const before = doc.documentElement.outerHTML;
        const first = strip(analyze(doc, { url: u }));
        expect(doc.documentElement.outerHTML).toBe(before);
        expect(strip(analyze(doc, { url: u }))).toEqual(first);
        // Mentions always point at their text.
        for (const m of first.mentions) expect(first.article.text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 150 },
    );
  });

  test('happy-dom with shadow roots: never throws, never mutates', () => {
    fc.assert(
      fc.property(page, (html) => {
        const win = new Window({ url: 'https://www.finanzen.net/news/x' });
        win.document.write(html);
        const doc = win.document as unknown as Document;
        const host = doc.body?.firstElementChild;
        if (host && host.tagName === 'DIV') host.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow Werbung</p>';
        const before = doc.documentElement.outerHTML;
        analyze(doc, { url: 'https://www.finanzen.net/news/x' });
        expect(doc.documentElement.outerHTML).toBe(before);
        win.close();
      }),
      { numRuns: 60 },
    );
  });
});
