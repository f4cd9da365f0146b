import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/core/card/figures';

const one = (sentence: string, lang = 'de') => extractFigures(sentence, { lang }).map(({ kind, text, value, unit }) => ({ kind, text, value, unit }));

describe('extractFigures: what is a figure', () => {
  test.each([
    ['Der Deal würde das Unternehmen mit 28 Milliarden Dollar bewerten.', 'de', [{ kind: 'money', text: '28 Milliarden Dollar', value: 28e9, unit: 'USD' }]],
    ['Das Startup lehnte ein Angebot von 800 Millionen Dollar ab.', 'de', [{ kind: 'money', text: '800 Millionen Dollar', value: 800e6, unit: 'USD' }]],
    ['Die Aktie schloss bei 644,23 USD und damit tiefer.', 'de', [{ kind: 'money', text: '644,23 USD', value: 644.23, unit: 'USD' }]],
    ['Der Umsatz stieg um 1,5 Mrd. Euro auf 12,3 Mrd. Euro.', 'de', [
      { kind: 'money', text: '1,5 Mrd. Euro', value: 1.5e9, unit: 'EUR' },
      { kind: 'money', text: '12,3 Mrd. Euro', value: 12.3e9, unit: 'EUR' },
    ]],
    ['Die Staatsschulden liegen bei 2 Billionen Euro und damit hoch.', 'de', [{ kind: 'money', text: '2 Billionen Euro', value: 2e12, unit: 'EUR' }]],
    ['Die Aktie verlor -1,30 % und das Papier fiel weiter.', 'de', [{ kind: 'percent', text: '-1,30 %', value: -1.3, unit: '%' }]],
    ['Die Marge soll auf 10 bis 12 Prozent steigen.', 'de', [{ kind: 'percent', text: '10 bis 12 Prozent', value: 10, unit: '%' }]],
    ['Die EZB senkte den Zins um 25 Basispunkte auf 2 Prozent.', 'de', [
      { kind: 'percentage-points', text: '25 Basispunkte', value: 0.25, unit: 'pp' },
      { kind: 'percent', text: '2 Prozent', value: 2, unit: '%' },
    ]],
    ['Die Quote stieg um 0,4 Prozentpunkte auf 6,1 Prozent.', 'de', [
      { kind: 'percentage-points', text: '0,4 Prozentpunkte', value: 0.4, unit: 'pp' },
      { kind: 'percent', text: '6,1 Prozent', value: 6.1, unit: '%' },
    ]],
    ['The company raised $5bn in a bond sale this week.', 'en', [{ kind: 'money', text: '$5bn', value: 5e9, unit: 'USD' }]],
    ['Revenue rose 12% to $2.5 billion in the quarter.', 'en', [
      { kind: 'percent', text: '12%', value: 12, unit: '%' },
      { kind: 'money', text: '$2.5 billion', value: 2.5e9, unit: 'USD' },
    ]],
    ['The deal values the group at £300m, analysts said.', 'en', [{ kind: 'money', text: '£300m', value: 300e6, unit: 'GBP' }]],
    ['Margins widened by 150 basis points over the year.', 'en', [{ kind: 'percentage-points', text: '150 basis points', value: 1.5, unit: 'pp' }]],
    ['Der Konzern hat jetzt 2 Millionen Kunden in Europa.', 'de', [{ kind: 'count', text: '2 Millionen', value: 2e6, unit: null }]],
  ] as const)('%s', (sentence, lang, expected) => {
    expect(one(sentence, lang)).toEqual(expected);
  });
});

describe('extractFigures: what is not a figure', () => {
  test.each([
    ['Die Experten erhalten Pakete im Wert von mehreren zehn Millionen US-Dollar.', 'vague amount without digits'],
    ['Die Reaktion auf Llama 4 war enttäuschend, sagte er.', 'model version'],
    ['Am 12.06.2025 um 10:10 Uhr erschien der Artikel hier.', 'date and time'],
    ['Die rund 50 neu eingestellten Experten arbeiten in Kalifornien.', 'small plain count'],
    ['Das Boot ist 5 m lang und sehr schnell unterwegs.', 'metres, not millions'],
    ['Das Unternehmen baut ein Multi-Gigawatt-Rechenzentrum in den USA.', 'no number'],
    ['Die Top-10 der Aktien im Jahr 2025 sind bekannt.', 'rank and year'],
  ])('%s (%s)', (sentence) => {
    expect(one(sentence)).toEqual([]);
  });
});

describe('extractFigures: provenance', () => {
  const text = 'Zuckerbergs Milliarden-Wette\nMeta Platforms (A) 644,23 USD -1,30 % Nasdaq\nDer Deal bewertet Scale AI mit 28 Milliarden Dollar. Danach fiel die Aktie um 3 Prozent.';
  const figures = extractFigures(text, { lang: 'de' });

  test('each figure carries its whole sentence and its offset in the text', () => {
    expect(figures.map((f) => f.text)).toEqual(['28 Milliarden Dollar', '3 Prozent']);
    for (const f of figures) {
      expect(text.slice(f.start, f.start + f.text.length)).toBe(f.text);
      expect(text).toContain(f.sentence);
      expect(f.sentence).toContain(f.text);
    }
    expect(figures[1].sentence).toBe('Danach fiel die Aktie um 3 Prozent.');
  });

  test('quote rows without prose give no figures (they are instruments, not sentences)', () => {
    expect(figures.some((f) => f.text.includes('644,23'))).toBe(false);
  });

  test('the same figure twice is listed once', () => {
    const twice = extractFigures('Er bot 5 Mrd. Euro. Sie lehnten die 5 Milliarden Euro ab.', { lang: 'de' });
    expect(twice).toHaveLength(1);
  });
});
