// One table per family of rules: what each rule must find, and the near misses it must leave alone.
import { describe, expect, test } from 'vitest';
import { recogniseStrict } from '../../src/core/entities';
import { buildGazetteer, mergeCompanies } from '../../src/core/entities/gazetteer';

const g = buildGazetteer(mergeCompanies([[{ id: 'apple', name: 'Apple', aliases: [] }, { id: 'deutsche-bank', name: 'Deutsche Bank', aliases: [] }, { id: 'abbott', name: 'Abbott Laboratories', aliases: ['Abbott'] }]]));
const found = (text: string, lang: string) =>
  recogniseStrict(text, { lang, watchlist: [] }, g).mentions.map((m) => `${m.text}:${m.type}`);

describe('people', () => {
  test.each([
    ['en', 'FRANKFURT (Reuters) - By Jane Holloway Shares rose.', 'Jane Holloway:person'],
    ['en', 'Profit rose. (Reporting by Deepa Seetharaman; Editing by Tom Brown)', 'Deepa Seetharaman:person'],
    ['en', 'Profit rose. (Reporting by Deepa Seetharaman; Editing by Tom Brown)', 'Tom Brown:person'],
    ['en', 'The bill passed, said Kevin Brady (R-Texas) on Monday.', 'Kevin Brady:person'],
    ['de', 'In der Jury sitzt Biobauer Heinz Wuttke (30) aus Bern.', 'Heinz Wuttke:person'],
    ['de', 'Dagegen stimmte Umweltminister Huber (CDU) im Kabinett.', 'Huber:person'],
    ['en', 'Analysts expect more, Mr Andrew said.', 'Andrew:person'],
    ['en', 'He met Mr. O\'Neill and Lee Ju-yeol in Seoul.', "O'Neill:person"],
    ['de', 'Das Tor schoss Thomas Becker, Vorlage von Müller und Schmitz.', 'Schmitz:person'],
    ['en', 'Rates rose, the Prime Minister, Tony Abbott, said.', 'Tony Abbott:person'],
    ['de', 'Die Partei kritisierte Wolkows Entscheidung scharf.', 'Wolkows:person'],
    ['de', 'Am Ende lachte Judith und ging.', 'Judith:person'],
    ['en', 'Voters backed Tony Abbott in the ballot.', 'Tony Abbott:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['en', 'The EIA said U.S. stockpiles increased.', 'U'],
    ['en', 'Story: the market fell.', 'Story'],
    ['de', 'Der Markt war ruhig, sagte ein Händler.', 'Markt'],
    ['de', 'Die Fans des Buddhismus-Vereins und des Fanclubs Ungeachtet kamen.', 'Buddhismus'],
    ['de', 'Die Politik Deutschlands Regierung ändert sich.', 'Deutschlands'],
  ])('%s: %s has no person «%s»', (lang, text, word) => {
    expect(found(text, lang).filter((m) => m.startsWith(`${word}:`))).toEqual([]);
  });
});

describe('organisations', () => {
  test.each([
    ['en', 'The Office for National Statistics said prices rose.', 'Office for National Statistics:organization'],
    ['en', 'The Czech National Bank left rates unchanged.', 'Czech National Bank:company'],
    ['en', 'A broad group including the Australian Chamber of Commerce and Industry agreed.', 'Australian Chamber of Commerce and Industry:organization'],
    ['en', '"Costs fell," said Bernstein analyst Geoffrey Porges.', 'Bernstein:company'],
    ['en', '"We grew," said Josh Ginsberg, CEO of Zignal, on Monday.', 'Zignal:company'],
    ['en', 'Data from the survey by Bankrate.com showed it.', 'Bankrate.com:company'],
    ['en', 'It trades well above Stratasys (NASDAQ: SSYS) this year.', 'Stratasys:company'],
    ['en', 'Shares of Acme Widgets Inc. rose after Acme beat forecasts.', 'Acme Widgets Inc:company'],
    ['en', 'The IMF and the GM board met.', 'IMF:organization'],
    ['de', 'Das Bundesamt für Gesundheit warnt.', 'Bundesamt für Gesundheit:organization'],
    ['de', 'Das meldete die Berliner Zeitung am Montag.', 'Berliner Zeitung:organization'],
    ['de', 'Der Beschluss des Europäischen Parlaments gilt.', 'Europäischen Parlaments:organization'],
    ['de', 'Der 1. FC Nürnberg gewann.', '1. FC Nürnberg:organization'],
    ['de', 'Die Aktionäre der Deutschen Bank stimmten zu.', 'Deutschen Bank:company'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Die Karten haben 32 KB Speicher, ISBN 3-7776-0477-1.', ['KB', 'ISBN']],
    ['de', 'Nach StGB ist das verboten; der PSA-Test hilft.', ['StGB', 'PSA']],
    ['en', 'TOKYO (Reuters) - GOLD prices fell.', ['TOKYO', 'GOLD']],
    ['en', 'It uses a B2B model with SaaS tools.', ['B2B', 'SaaS']],
    ['de', 'In Deutschland diskutieren Pensionskassen und Versicherungen.', ['Pensionskassen und Versicherungen']],
  ])('%s: %s finds none of %j', (lang, text, words) => {
    const texts = found(text, lang).map((m) => m.split(':')[0]);
    for (const w of words as string[]) expect(texts).not.toContain(w);
  });

  test('a person named in full owns the surname, even when a company has that one-word name', () => {
    const text = 'Prime Minister Tony Abbott spoke. Later Abbott said the budget was fine.';
    expect(found(text, 'en')).toEqual(['Tony Abbott:person', 'Abbott:person']);
  });

  test('a company read as a person somewhere is a company everywhere', () => {
    const text = 'Funds management firm Allan Gray holds 19 per cent. Allan Gray declined to comment.';
    expect(found(text, 'en').filter((m) => m.startsWith('Allan Gray'))).toEqual(['Allan Gray:company', 'Allan Gray:company']);
  });
});
