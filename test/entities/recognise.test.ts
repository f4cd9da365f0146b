// The recogniser on small texts with a test-local gazetteer, so these tests do not depend on the shipped data.
import { describe, expect, test } from 'vitest';
import { recogniseStrict, recognise } from '../../src/core/entities';
import { buildGazetteer, mergeCompanies } from '../../src/core/entities/gazetteer';
import { entitiesForRecord } from '../../src/core/entities/jsonl';
import type { CompanyEntry } from '../../src/data/schema';

const companies: CompanyEntry[] = [
  { id: 'meta-platforms', name: 'Meta Platforms', aliases: ['Meta', 'Facebook'], ticker: 'META', exchange: 'Nasdaq', isin: 'US30303M1027' },
  { id: 'sap', name: 'SAP', aliases: ['SAP SE'], ticker: 'SAP', exchange: 'Xetra', isin: 'DE0007164600', wkn: '716460' },
  { id: 'munich-re', name: 'Münchener Rück', aliases: ['Munich Re', 'Münchener Rückversicherung'], ticker: 'MUV2', isin: 'DE0008430026', wkn: '843002' },
  { id: 'apple', name: 'Apple', aliases: ['Apple Inc.'], ticker: 'AAPL', isin: 'US0378331005' },
  { id: 'deutsche-bank', name: 'Deutsche Bank', aliases: [], ticker: 'DBK', isin: 'DE0005140008', wkn: '514000' },
];
const g = buildGazetteer(mergeCompanies([companies]));
const run = (text: string, lang = 'de', watchlist: string[] = []) => recogniseStrict(text, { lang, watchlist }, g);
const spans = (text: string, lang = 'de') => run(text, lang).mentions.map((m) => `${m.text}:${m.type}`);

describe('companies', () => {
  test.each([
    ['Meta Platforms geht in die Offensive.', 'Meta Platforms:company'],
    ['Metas Aktie fiel.', 'Metas:company'],
    ['Der Meta-Chef sprach.', 'Meta:company'],
    ['Die Münchener Rück erhöht die Dividende.', 'Münchener Rück:company'],
    ['Munich Re raised its dividend.', 'Munich Re:company'],
    ['Die Aktionäre der Deutschen Bank stimmten zu.', 'Deutschen Bank:company'],
    ['Die Beispiel Holding AG meldet Zahlen.', 'Beispiel Holding AG:company'],
    ['Shares of Acme Widgets Inc. rose.', 'Acme Widgets Inc:company'],
    ['So veröffentlichte das chinesische Startup DeepSeek ein Modell.', 'DeepSeek:company'],
    ['Das Chip-Startup FuriosaAI lehnte ab.', 'FuriosaAI:company'],
    ['Laut der Datenplattform SuperAnnotate ist das so.', 'SuperAnnotate:company'],
    ['The lender Northwind said so.', 'Northwind:company'],
  ])('%s -> %s', (text, expected) => {
    expect(spans(text, /[äöüß]|Die|Der|Das|So|Laut/.test(text) ? 'de' : 'en')).toContain(expected);
  });

  test('a company found by a cue is found again later, and in compounds', () => {
    const { mentions, entities } = run('Das Startup Nordlicht wächst. Nordlicht hat 50 Mitarbeiter.');
    expect(mentions.map((m) => m.text)).toEqual(['Nordlicht', 'Nordlicht']);
    expect(entities[0]).toMatchObject({ id: 'c:nordlicht', type: 'company', mentions: 2 });
  });
});

describe('people and roles', () => {
  test.each([
    ['CEO Mark Zuckerberg formiert ein Team. Zuckerberg sagte, Zuckerbergs Plan gehe auf.', 'p:mark-zuckerberg', 3],
    ['Apple CEO Tim Cook said the quarter was strong. Cook added more.', 'p:tim-cook', 2],
    ['"Wir wachsen", sagte Vorstandschef Christian Klein.', 'p:christian-klein', 1],
  ])('%s', (text, id, count) => {
    const e = run(text, /sagte|formiert/.test(text) ? 'de' : 'en').entities.find((x) => x.id === id);
    expect(e?.type).toBe('person');
    expect(e?.mentions).toBe(count);
  });

  test.each([
    ['Meta Platforms geht in die Offensive: CEO Mark Zuckerberg formiert ein Team.', 'de', 'p:mark-zuckerberg', 'CEO', 'meta-platforms'],
    ['Laut Vahan Petrosyan, Mitgründer der Datenplattform SuperAnnotate, fehlt Personal.', 'de', 'p:vahan-petrosyan', 'Mitgründer', 'c:superannotate'],
    ['Laut dem ehemaligen FTC-Topjuristen John Newman könnte Meta das tun.', 'de', 'p:john-newman', 'Topjurist', 'o:ftc'],
    ['Apple CEO Tim Cook said so.', 'en', 'p:tim-cook', 'CEO', 'apple'],
    ['Tim Cook, chief executive of Apple, said so.', 'en', 'p:tim-cook', 'chief executive', 'apple'],
  ])('%s', (text, lang, id, role, affiliation) => {
    const e = run(text, lang).entities.find((x) => x.id === id);
    expect(e).toMatchObject({ role, affiliation });
  });

  test('a role word alone is not a person', () => {
    expect(spans('Darunter ein Chief Scientist und der Konzern.')).toEqual([]);
  });
});

describe('organisations that are not companies', () => {
  test.each([
    ['Die BaFin prüft den Fall.', 'BaFin:organization'],
    ['Die EZB hebt die Zinsen.', 'EZB:organization'],
    ['The SEC fined the bank.', 'SEC:organization'],
    ['Die IG Metall fordert mehr Lohn.', 'IG Metall:organization'],
    ['Das meldete die Nachrichtenagentur dpa-AFX.', 'dpa-AFX:organization'],
  ])('%s -> %s', (text, expected) => {
    expect(spans(text, /Die|Das/.test(text) ? 'de' : 'en')).toContain(expected);
  });
});

describe('identifiers', () => {
  test('ISIN (valid check digit), labelled WKN and exchange ticker link to the company', () => {
    const text = 'SAP (ISIN: DE0007164600, WKN: 716460) und Meta (NASDAQ: META). Falsch: DE0007164601, ohne Label 843002.';
    const { mentions, entities } = run(text);
    const sap = entities.find((e) => e.id === 'sap')!;
    expect(sap.mentions).toBe(3);
    expect(mentions.filter((m) => m.entityId === 'sap').map((m) => m.text)).toEqual(['SAP', 'DE0007164600', '716460']);
    expect(mentions.filter((m) => m.entityId === 'meta-platforms').map((m) => m.text)).toEqual(['Meta', 'META']);
    expect(mentions.some((m) => m.text === 'DE0007164601' || m.text === '843002')).toBe(false);
  });
});

describe('output contract', () => {
  test('watched companies come first and are marked', () => {
    const { entities } = run('Apple und Apple und Apple. SAP einmal.', 'de', ['SAP']);
    expect(entities.map((e) => [e.id, e.watched])).toEqual([['sap', true], ['apple', false]]);
  });

  test('offsets point into the text (UTF-16)', () => {
    const text = '🚀 Émoji zuerst: Meta Platforms und Münchener Rück.';
    for (const m of run(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test.each([[''], ['   '], ['\u0000\uffff'], ['a'.repeat(100000)], [Array(5000).fill('Aa').join(' ')]])('odd input never throws (%#)', (text) => {
    expect(() => recognise(text, { lang: null, watchlist: [] })).not.toThrow();
  });

  test('jsonl record: offsets, types, ids', () => {
    const out = entitiesForRecord({ id: 'x1', text: 'Die BaFin prüft Meta.', lang: 'de' });
    expect(out.id).toBe('x1');
    for (const e of out.entities) expect(['company', 'organization', 'person']).toContain(e.type);
    expect(out.entities.find((e) => e.id === 'o:bafin')).toMatchObject({ start: 4, end: 9, type: 'organization', name: 'BaFin' });
  });
});
