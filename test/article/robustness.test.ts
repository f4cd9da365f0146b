// Bad input gives a result, never an exception, and never touches the document.
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/article';
import { PARSERS, page, paragraphs } from './helpers';

const ctx = { url: null, profile: null };

/** Serialises the whole tree without recursion (happy-dom's outerHTML overflows on 10,000 nested divs). */
function snapshot(doc: Document): string {
  const out: string[] = [];
  const stack: Node[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 1) {
      const el = n as Element;
      out.push(`<${el.tagName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
    } else if (n.nodeType === 3) out.push((n as Text).data);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.join('');
}
const deepDivs = (n: number) => '<div>'.repeat(n) + 'tief unten, ein Satz mit genug Text, damit er zählt, und noch mehr.' + '</div>'.repeat(n);
const cjkParagraph = '<p>' + '日本銀行は金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。市場では追加利上げの時期を巡る見方が分かれている。'.repeat(3) + '</p>';
const rtlParagraph = '<p>' + 'أعلنت الشركة عن ارتفاع أرباحها في الربع الثالث، وقالت إن المبيعات تجاوزت التوقعات بفضل الطلب القوي في الأسواق الخارجية. '.repeat(3) + '</p>';

const BAD_INPUTS: Array<[string, string]> = [
  ['empty string', ''],
  ['no body (head only)', '<html><head><title>x</title></head></html>'],
  ['frameset', '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
  ['10,000 nested divs', page(deepDivs(10_000))],
  ['5 MB of text in one paragraph', page('<p>' + 'Umsatz stieg, Gewinn fiel. '.repeat(200_000) + '</p>')],
  ['CJK page', '<html lang="ja"><head><title>日銀</title></head><body><h1>日銀、金利据え置き</h1>' + cjkParagraph.repeat(4) + '</body></html>'],
  ['RTL page', '<html lang="ar" dir="rtl"><head><title>أرباح</title></head><body><h1>أرباح الشركة</h1>' + rtlParagraph.repeat(4) + '</body></html>'],
  ['broken JSON-LD', page(paragraphs(3), '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>')],
  ['only scripts and styles', page('<script>var a = 1;</script><style>p{}</style>')],
];

describe.each(PARSERS)('%s', (_dom, parse) => {
  test.each(BAD_INPUTS)('%s gives a result without throwing or mutating', (_name, html) => {
    const doc = parse(html);
    const before = snapshot(doc);
    const a = detectArticle(doc, ctx);
    expect(typeof a.text).toBe('string');
    expect(a.via).not.toBe('error');
    expect(snapshot(doc)).toBe(before);
  });

  test('no body and frameset give "no article"', () => {
    for (const html of [BAD_INPUTS[1][1], BAD_INPUTS[2][1]]) {
      const a = detectArticle(parse(html), ctx);
      expect(a.text).toBe('');
      expect(a.wordCount).toBe(0);
    }
  });

  test('deep nesting still yields the text at the bottom', () => {
    const a = detectArticle(parse(page(deepDivs(10_000))), ctx);
    expect(a.text).toContain('tief unten');
  });

  test.each([
    ['ja', cjkParagraph, '日本銀行は金融政策決定会合で'],
    ['ar', rtlParagraph, 'أعلنت الشركة'],
  ])('%s article text and language', (lang, para, start) => {
    const html = `<html lang="${lang}"><body><nav><a href="/">Start</a></nav><h1>X</h1>${para.repeat(4)}</body></html>`;
    const a = detectArticle(parse(html), ctx);
    expect(a.text).toContain(start);
    expect(a.text).not.toContain('Start');
    expect(a.meta.lang).toBe(lang);
    expect(a.wordCount).toBeGreaterThan(20);
  });
});
