import { describe, expect, test } from 'vitest';
import { cardToHtml, cardToJson, cardToMarkdown, cardToText, formatFigureValue, instrumentLine } from '../../src/core/card/format';
import type { KeyFigure, SummaryCard } from '../../src/core/types';

const card: SummaryCard = {
  headline: 'Zuckerbergs Milliarden-Wette',
  kicker: 'Top-Forscher wechseln zu Meta',
  source: 'BörsenNEWS.de',
  url: 'https://www.boersennews.de/nachrichten/artikel/2250612/',
  published: '2025-06-12T10:10',
  author: 'Bn-Redaktion/ts',
  lang: 'de',
  readingMinutes: 3,
  instruments: [{ name: 'Meta Platforms (A)', priceText: '644,23', price: 644.23, currency: 'USD', changeText: '-1,30 %', changePct: -1.3, exchange: 'Nasdaq', isin: 'US30303M1027', wkn: null, ticker: 'META', quoteTime: null, note: null, source: 'quote-table', entityId: 'meta-platforms' }],
  companies: [{ entityId: 'meta-platforms', name: 'Meta Platforms', ticker: 'META', isin: 'US30303M1027', wkn: 'A1JWVX', mentions: 12, watched: true }],
  people: [{ entityId: 'p:mark-zuckerberg', name: 'Mark Zuckerberg', role: 'CEO', affiliation: 'Meta Platforms' }],
  figures: [{ kind: 'money', text: '28 Milliarden Dollar', value: 28e9, unit: 'USD', sentence: 'Der Deal würde Scale AI mit 28 Milliarden Dollar bewerten.', start: 100 }],
  summary: ['Meta Platforms geht in die Offensive.', 'Scale AI wird mit 28 Milliarden Dollar bewertet.'],
};

describe.each([
  ['de', ['Quelle', 'Zusammenfassung', 'Werte', 'Unternehmen', 'Personen', 'Kennzahlen', '12.06.2025, 10:10', 'Lesezeit 3 Min.', '28 Mrd. USD']],
  ['en', ['Source', 'Summary', 'Instruments', 'Companies', 'People', 'Key figures', '2025-06-12 10:10', '3 min read', 'USD 28bn']],
] as const)('labels in %s', (lang, labels) => {
  test.each([
    ['markdown', cardToMarkdown],
    ['text', cardToText],
    ['html', cardToHtml],
  ] as const)('%s', (_name, fn) => {
    const out = fn(card, lang);
    for (const label of labels) expect(out).toContain(label);
    expect(out).toContain('644,23 USD, -1,30 %, Nasdaq');
    expect(out).toContain('Mark Zuckerberg');
  });
});

describe('instrumentLine', () => {
  test('shows the quote exactly as the page did', () => {
    expect(instrumentLine(card.instruments[0])).toBe('Meta Platforms (A): 644,23 USD, -1,30 %, Nasdaq');
  });
  test('a text-only instrument shows its identifiers', () => {
    const inst = { ...card.instruments[0], priceText: null, price: null, currency: null, changeText: null, changePct: null, source: 'text' as const };
    expect(instrumentLine(inst)).toBe('Meta Platforms (A) (Nasdaq: META, ISIN US30303M1027)');
  });
  test('a stale quote carries its note', () => {
    expect(instrumentLine({ ...card.instruments[0], note: 'Kurs vom 13.06.2025, Artikel vom 12.06.2025' })).toContain('(Kurs vom 13.06.2025');
  });
});

describe('formatFigureValue', () => {
  const f = (kind: KeyFigure['kind'], value: number, unit: string | null): KeyFigure => ({ kind, value, unit, text: '', sentence: '', start: 0 });
  test.each([
    [f('money', 28e9, 'USD'), 'de', '28 Mrd. USD'],
    [f('money', 800e6, 'USD'), 'de', '800 Mio. USD'],
    [f('money', 2.5e12, 'EUR'), 'de', '2,5 Bio. EUR'],
    [f('money', 644.23, 'USD'), 'de', '644,23 USD'],
    [f('money', 28e9, 'USD'), 'en', 'USD 28bn'],
    [f('percent', -1.3, '%'), 'de', '-1,3 %'],
    [f('percent', 0.5, '%'), 'en', '0.5%'],
    [f('percentage-points', 0.25, 'pp'), 'de', '0,25 Pp.'],
    [f('count', 2e6, null), 'en', '2m'],
  ])('%o %s -> %s', (fig, lang, expected) => {
    expect(formatFigureValue(fig, lang)).toBe(expected);
  });
});

describe('escaping page text', () => {
  const evil: SummaryCard = {
    ...card,
    headline: '<img src=x onerror=alert(1)></style><script>alert(2)</script>',
    kicker: '"><svg onload=alert(3)>',
    source: 'Evil & Co <b>',
    url: 'javascript:alert(4)',
    author: '[click](javascript:alert(5))',
    summary: ['A *bold* claim with `code` and <iframe src=x></iframe>.'],
    people: [{ entityId: 'x', name: '<u>X</u>', role: '**CEO**', affiliation: null }],
  };

  test('HTML: no tag or attribute from the page survives, no unsafe link', () => {
    const html = cardToHtml(evil, 'de');
    expect(html).not.toMatch(/<(?:img|script|svg|iframe|style|u|b)\b/i);
    expect(html).not.toContain('</style>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;');
    expect(html).toContain('Evil &amp; Co &lt;b&gt;');
    // Only our own small vocabulary of tags, without any attribute but href.
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)];
    for (const [, tag, attrs] of tags) {
      expect(['div', 'p', 'em', 'h2', 'h3', 'ul', 'li', 'strong', 'a']).toContain(tag.toLowerCase());
      expect(attrs === '' || /^ href="https?:/.test(attrs)).toBe(true);
    }
  });

  test('HTML parses back to the page text as text', () => {
    const doc = new DOMParser().parseFromString(cardToHtml(evil, 'en'), 'text/html');
    expect(doc.querySelector('h2')!.textContent).toBe(evil.headline);
    expect(doc.querySelectorAll('img, script, svg, iframe, style')).toHaveLength(0);
  });

  test('Markdown: page text cannot open links, emphasis or raw HTML', () => {
    const md = cardToMarkdown(evil, 'de');
    expect(md).not.toMatch(/(?<!\\)<(?:img|script|iframe|svg)/i);
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(5\\)\\)');
  });

  test('a safe URL becomes a link in Markdown and HTML', () => {
    expect(cardToMarkdown(card, 'de')).toContain('[BörsenNEWS.de](<https://www.boersennews.de/nachrichten/artikel/2250612/>)');
    expect(cardToHtml(card, 'de')).toContain('<a href="https://www.boersennews.de/nachrichten/artikel/2250612/">BörsenNEWS.de</a>');
  });

  test('text keeps the page text verbatim (plain text has nothing to escape)', () => {
    expect(cardToText(evil, 'de')).toContain(evil.headline);
  });
});

describe('cardToJson', () => {
  test('round-trips the card', () => {
    expect(JSON.parse(cardToJson(card))).toEqual(card);
  });
});

describe('empty card', () => {
  const empty: SummaryCard = { headline: null, kicker: null, source: null, url: null, published: null, author: null, lang: null, readingMinutes: 0, instruments: [], companies: [], people: [], figures: [], summary: [] };
  test.each([cardToMarkdown, cardToText, cardToHtml])('%o does not throw and has no empty sections', (fn) => {
    const out = fn(empty, 'de');
    expect(out).not.toContain('Zusammenfassung');
    expect(out).not.toContain('undefined');
    expect(out).not.toContain('null');
  });
});
