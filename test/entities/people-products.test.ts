// The people gazetteer (full names, surnames alone), the given-name and surname lexicons, and products that are
// not companies. Sentences are made up for these tests; they check the rules, not any evaluation corpus.
import { describe, expect, test } from 'vitest';
import { recogniseStrict } from '../../src/core/entities';
import { buildGazetteer, mergeCompanies } from '../../src/core/entities/gazetteer';

const g = buildGazetteer(mergeCompanies([[{ id: 'meta', name: 'Meta Platforms', aliases: ['Meta'] }]]));
const found = (text: string, lang: string) =>
  recogniseStrict(text, { lang, watchlist: [] }, g).mentions.map((m) => `${m.text}:${m.type}`);

describe('people gazetteer', () => {
  test.each([
    ['de', 'Das sagte Merkel am Abend in Berlin.', 'Merkel:person'],
    ['de', 'Selenskyj reiste nach Brüssel.', 'Selenskyj:person'],
    ['de', 'Die Rede von Wladimir Putin war kurz.', 'Wladimir Putin:person'],
    ['en', 'Talks between Biden and Xi Jinping resumed.', 'Xi Jinping:person'],
    ['en', 'The plan was backed by Ursula von der Leyen on Monday.', 'Ursula von der Leyen:person'],
    ['en', 'Shares fell after Lagarde spoke.', 'Lagarde:person'],
    ['de', 'Auch Yusuf Demirci und Agnieszka Kowalczyk kamen.', 'Yusuf Demirci:person'],
    ['de', 'Auch Yusuf Demirci und Agnieszka Kowalczyk kamen.', 'Agnieszka Kowalczyk:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    // A listed surname inside a longer name or before a role word is not the person.
    ['en', 'The Dow Jones index rose.', 'Jones:person'],
    ['en', '"Costs fell," said Bernstein analyst Geoffrey Porges.', 'Bernstein:person'],
    // Surnames that are ordinary words are never taken alone.
    ['de', 'Der Koch bereitete das Essen zu.', 'Koch:person'],
    ['de', 'Kurz darauf begann die Sitzung.', 'Kurz:person'],
  ])('%s: %s has no %s', (lang, text, unwanted) => {
    expect(found(text, lang)).not.toContain(unwanted);
  });
});

describe('products are not companies', () => {
  test.each([
    ['de', 'Meta testet neue Funktionen für WhatsApp und Instagram.', ['WhatsApp', 'Instagram']],
    ['en', 'Users of ChatGPT and Gemini grew, and the iPhone sold well.', ['ChatGPT', 'Gemini', 'iPhone']],
    ['de', 'Metas Modell Llama 4 läuft auf Android und Windows.', ['Llama', 'Android', 'Windows']],
  ])('%s: %s', (lang, text, products) => {
    const texts = found(text, lang).map((m) => m.split(':')[0]);
    for (const p of products) expect(texts.some((t) => t.startsWith(p))).toBe(false);
  });

  test('a person whose given name is also a product stays a person', () => {
    expect(found('Das Bild malte Claude Monet im Jahr 1872.', 'de')).toContain('Claude Monet:person');
  });

  test('the maker next to its product is still found', () => {
    expect(found('Meta testet neue Funktionen für WhatsApp.', 'de')).toContain('Meta:company');
  });
});

describe('German sentence subject', () => {
  test.each([
    ['Kolb war seit 1986 Leiter der Abteilung.', 'Kolb:person', true],
    ['Pinkwart plädierte im Januar für die Regelung.', 'Pinkwart:person', true],
    ['Dadurch wurde eine Kettenreaktion ausgelöst.', 'Dadurch:person', false],
    ['Politisch war das ein Fehler.', 'Politisch:person', false],
    ['Gegründet wurde der Verein 1954.', 'Gegründet:person', false],
  ])('%s', (text, mention, expected) => {
    expect(found(text, 'de').includes(mention)).toBe(expected);
  });
});
