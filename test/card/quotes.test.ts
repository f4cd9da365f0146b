import { describe, expect, test } from 'vitest';
import { quotesFromPage } from '../../src/core/card/quotes';
import { instrumentsFromText } from '../../src/core/card/identifiers';
import { linkInstruments, noteStaleQuotes } from '../../src/core/card/link';
import type { Entity, HiddenBlock, Instrument } from '../../src/core/types';
import { bothDoms } from './dom';

const META_ROW = { name: 'Meta Platforms (A)', priceText: '644,23', price: 644.23, currency: 'USD', changeText: '-1,30 %', changePct: -1.3, exchange: 'Nasdaq' };
const pick = (i: Instrument) => ({ name: i.name, priceText: i.priceText, price: i.price, currency: i.currency, changeText: i.changeText, changePct: i.changePct, exchange: i.exchange });

const WIDGETS: Array<[string, string]> = [
  ['table with header', `<h3>Werte zum Artikel</h3><table><thead><tr><th>Name</th><th>Aktuell</th><th>Diff.</th><th>Börse</th></tr></thead>
    <tbody><tr><td><a href="/a">Meta Platforms (A)</a></td><td><span>644,23</span> <span>USD</span></td><td>-1,30 %</td><td>Nasdaq</td></tr></tbody></table>`],
  ['div grid with a title row', `<div class="wz"><div><b>Werte zum Artikel</b></div><div><div>Name</div><div>Aktuell</div><div>Diff.</div><div>Börse</div></div>
    <div><div><a href="/a">Meta Platforms (A)</a></div><div>644,23 USD</div><div>-1,30 %</div><div>Nasdaq</div></div></div>`],
  ['definition list', `<ul><li><dl><dt>Name</dt><dd>Meta Platforms (A)</dd><dt>Aktuell</dt><dd>644,23 USD</dd><dt>Diff.</dt><dd>-1,30 %</dd><dt>Börse</dt><dd>Nasdaq</dd></dl></li></ul>`],
  ['English header, currency column', `<table><tr><th>Security</th><th>Last</th><th>Currency</th><th>Change</th><th>Exchange</th></tr>
    <tr><td>Meta Platforms (A)</td><td>644,23</td><td>USD</td><td>-1,30 %</td><td>Nasdaq</td></tr></table>`],
];

describe.each(bothDoms('<p>x</p>').map(([name]) => name))('quote widgets in %s', (domName) => {
  const docOf = (html: string) => bothDoms(html).find(([n]) => n === domName)![1];

  test.each(WIDGETS)('%s', (_label, html) => {
    const found = quotesFromPage(docOf(html), { profileSelectors: [], hidden: [], locale: 'de' });
    expect(found.map(pick)).toEqual([META_ROW]);
    expect(found[0].source).toBe('quote-table');
  });

  test('rows of "k.A." only and headerless tables are not instruments', () => {
    const html = `<table><tr><td>k.A.</td><td>k.A.</td><td>k.A.</td></tr></table>
      <table><tr><td>Umsatz</td><td>12,5</td><td>3 %</td></tr></table>`;
    expect(quotesFromPage(docOf(html), { profileSelectors: [], hidden: [], locale: 'de' })).toEqual([]);
  });

  test('a profile widget is read by row shape even without a header', () => {
    const html = `<div class="values"><table><tr><td>SAP SE</td><td>251,30 EUR</td><td>+0,85 %</td><td>Xetra</td></tr>
      <tr><td>k.A.</td><td>k.A.</td><td>k.A.</td><td>k.A.</td></tr></table></div>`;
    const found = quotesFromPage(docOf(html), { profileSelectors: ['.values table', '::bad selector('], hidden: [], locale: 'de' });
    expect(found.map(pick)).toEqual([{ name: 'SAP SE', priceText: '251,30', price: 251.3, currency: 'EUR', changeText: '+0,85 %', changePct: 0.85, exchange: 'Xetra' }]);
  });

  test('widgets inside hidden leverage blocks are issuer products, not instruments', () => {
    const doc = docOf(`<div id="lev">${WIDGETS[0][1]}</div>`);
    const hidden: HiddenBlock[] = [{ el: doc.getElementById('lev')!, kind: 'leverage', reason: 'test' }];
    expect(quotesFromPage(doc, { profileSelectors: [], hidden, locale: 'de' })).toEqual([]);
  });

  test('identifiers from data attributes and the quote time of the widget', () => {
    const html = `<div><p>Stand: 13.06.2025 17:35 Uhr</p><table><tr><th>Name</th><th>Kurs</th><th>Diff.</th></tr>
      <tr data-isin="US30303M1027"><td>Meta Platforms (A)</td><td>644,23 USD</td><td>-1,30 %</td></tr></table></div>`;
    const [meta] = quotesFromPage(docOf(html), { profileSelectors: [], hidden: [], locale: 'de' });
    expect(meta.isin).toBe('US30303M1027');
    expect(meta.quoteTime).toBe('13.06.2025 17:35 Uhr');
  });
});

const META: Entity = { id: 'meta-platforms', type: 'company', name: 'Meta Platforms', ticker: 'META', isin: 'US30303M1027', wkn: 'A1JWVX', exchange: 'Nasdaq', role: null, affiliation: null, mentions: 5, watched: false };
const SAP: Entity = { ...META, id: 'sap', name: 'SAP', ticker: 'SAP', isin: 'DE0007164600', wkn: '716460', exchange: 'Xetra' };

describe('instrumentsFromText', () => {
  test.each([
    ['Meta Platforms (NASDAQ: META) legte zu.', { name: 'Meta Platforms', ticker: 'META', exchange: 'NASDAQ', isin: null }],
    ['Die Aktie von SAP (ISIN: DE0007164600, WKN: 716460) stieg.', { name: 'SAP', ticker: null, exchange: null, isin: 'DE0007164600', wkn: '716460' }],
    ['Apple Inc. (ISIN US0378331005) meldete Zahlen.', { name: 'Apple Inc.', isin: 'US0378331005' }],
  ])('%s', (text, expected) => {
    const [inst, ...rest] = instrumentsFromText(text, []);
    expect(rest).toEqual([]);
    expect(inst).toMatchObject({ ...expected, source: 'text' });
  });

  test.each([
    ['Die ISIN US0378331006 hat eine falsche Prüfziffer.', 'bad check digit'],
    ['Das Projekt A1JWVX wurde eingestellt.', 'WKN-shaped word without label'],
    ['Die Firma (CEO: Mark Zuckerberg) wächst.', 'not an exchange'],
  ])('no instrument: %s (%s)', (text) => {
    expect(instrumentsFromText(text, [])).toEqual([]);
  });

  test('links to the entity with the same identifier', () => {
    const [inst] = instrumentsFromText('Der Konzern (WKN: 716460) gewann.', [META, SAP]);
    expect(inst.entityId).toBe('sap');
    expect(inst.name).toBe('SAP');
  });
});

describe('linkInstruments', () => {
  const row: Instrument = { ...META_ROW, isin: null, wkn: null, ticker: null, quoteTime: null, note: null, source: 'quote-table', entityId: null };

  test('a quote row links to its company by name and gains its identifiers; the quote stays as shown', () => {
    const [linked] = linkInstruments([row], [], [SAP, META]);
    expect(linked).toMatchObject({ ...META_ROW, entityId: 'meta-platforms', ticker: 'META', isin: 'US30303M1027' });
  });

  test('an identifier in the text merges into the quote row of the same company', () => {
    const text = instrumentsFromText('Meta Platforms (NASDAQ: META) fiel.', [META]);
    const all = linkInstruments([row], text, [META]);
    expect(all).toHaveLength(1);
    expect(all[0].priceText).toBe('644,23');
  });

  test('a different company stays a separate instrument', () => {
    const text = instrumentsFromText('SAP (ISIN: DE0007164600) stieg.', [SAP]);
    expect(linkInstruments([row], text, [META, SAP]).map((i) => i.entityId)).toEqual(['meta-platforms', 'sap']);
  });
});

describe('noteStaleQuotes', () => {
  test.each([
    ['13.06.2025 17:35', '2025-06-12T10:10', 'de', 'Kurs vom 13.06.2025, Artikel vom 12.06.2025'],
    ['2025-06-13', '2025-06-12T10:10:00+02:00', 'en', 'Quote from 2025-06-13, article from 2025-06-12'],
    ['12.06.2025 17:35', '2025-06-12T10:10', 'de', null],
    ['17:35', '2025-06-12T10:10', 'de', null],
    ['13.06.2025', null, 'de', null],
  ] as const)('quote %s, article %s', (quoteTime, published, lang, note) => {
    const inst = { ...META_ROW, isin: null, wkn: null, ticker: null, quoteTime, note: null, source: 'quote-table' as const, entityId: null };
    noteStaleQuotes([inst], published, lang);
    expect(inst.note).toBe(note);
  });
});
