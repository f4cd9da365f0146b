// A known company's distinctive first word stands for it once the full name is in the article; a bare ambiguous
// word ("Apollo" of the moon programme) is no company without that context.
import { expect, test } from 'vitest';
import { recogniseStrict } from '../../src/core/entities';
import { buildGazetteer, mergeCompanies } from '../../src/core/entities/gazetteer';
import { companyFiles } from '../../src/data/companies';

const shipped = buildGazetteer(mergeCompanies(companyFiles));
const local = buildGazetteer(mergeCompanies([[{ id: 'zorvex-holdings', name: 'Zorvex Holdings', aliases: [] }]]));
const mentions = (text: string, g = shipped, lang = 'en'): string[] =>
  recogniseStrict(text, { lang, watchlist: [] }, g).mentions.map((m) => `${m.text}:${m.type}`);

test.each([
  ['Photos from the Apollo moon landings were released on Monday.', 'Apollo:company', false],
  ['Apollo Global Management bought the firm. The deal makes Apollo a large landlord.', 'Apollo:company', true],
])('%s -> %s %s', (text, expected, present) => {
  expect(mentions(text).includes(expected)).toBe(present);
});

test.each([
  ['Zorvex Holdings raised its forecast, and analysts said Zorvex would grow.', 'Zorvex:company', true],
  ['Analysts expect Zorvex to grow.', 'Zorvex:company', false],
  ['Zorvex Holdings grew. Zorvex Labs, a rival, did not.', 'Zorvex:company', false],
])('propagation: %s -> %s %s', (text, expected, present) => {
  expect(mentions(text, local).includes(expected)).toBe(present);
});

test('a speaker does not start inside a capitalised run', () => {
  expect(mentions('The curator of the Project Halvor Archive, told reporters more.', local)).not.toContain('Halvor Archive:person');
});

test.each([
  ['Investors should sell, Questor says.', 'Questor:company'],
  ['Margaret Questor runs the fund. Investors should sell, Questor says.', 'Questor:person'],
])('an English speaker never introduced by full name is a firm: %s -> %s', (text, expected) => {
  expect(mentions(text, local)).toContain(expected);
});

test.each([
  ['The firm Harbeson, Fletcher & Bateh, LLP, has joined a larger rival.', 'Harbeson, Fletcher & Bateh, LLP:company'],
  ['Die Klage der Architekten Gerkan, Marg und Partner wurde abgewiesen.', 'Gerkan, Marg und Partner:company'],
])('partnership names are one company: %s -> %s', (text, expected) => {
  expect(mentions(text, local, /\b(der|die)\b/.test(text) ? 'de' : 'en')).toContain(expected);
});

test('a list of people joined by "and" is no partnership', () => {
  expect(mentions('Tickets went to Smithers, Jonesby and Peters.', local).some((m) => m.includes(','))).toBe(false);
});

test.each([
  ['Quotes come from providers listed on the Yahoo! site.', 'Yahoo!:company'],
  ['Yahoo shares rose after the report.', 'Yahoo:company'],
])('a brand with "!" keeps it where the text has it: %s -> %s', (text, expected) => {
  expect(mentions(text)).toContain(expected);
});
