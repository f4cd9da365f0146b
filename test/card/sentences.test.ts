import { describe, expect, test } from 'vitest';
import { endsLikeSentence, splitSentences } from '../../src/core/card/sentences';

describe('splitSentences', () => {
  test.each([
    ['Am 12.06.2025 stieg die Aktie. Dann fiel sie.', 'de', ['Am 12.06.2025 stieg die Aktie.', 'Dann fiel sie.']],
    ['Die Aktie stieg z. B. um 3 Mio. Euro. Dann fiel sie.', 'de', ['Die Aktie stieg z. B. um 3 Mio. Euro.', 'Dann fiel sie.']],
    ['Dr. Müller sagte, das sei gut. Prof. Schmidt widersprach.', 'de', ['Dr. Müller sagte, das sei gut.', 'Prof. Schmidt widersprach.']],
    ['Am 12. Juni kam die Zahl. Im 3. Quartal fiel der Umsatz.', 'de', ['Am 12. Juni kam die Zahl.', 'Im 3. Quartal fiel der Umsatz.']],
    ['Er sagte: „Das ist gut.“ Dann ging er.', 'de', ['Er sagte: „Das ist gut.“', 'Dann ging er.']],
    ['Der Umsatz lag bei 1.234,56 Mio. Euro, d.h. deutlich höher. Gut so.', 'de', ['Der Umsatz lag bei 1.234,56 Mio. Euro, d.h. deutlich höher.', 'Gut so.']],
    ['The U.S. Fed raised rates. Mr. Powell spoke.', 'en', ['The U.S. Fed raised rates.', 'Mr. Powell spoke.']],
    ['Shares rose 5%. Analysts e.g. at UBS agreed.', 'en', ['Shares rose 5%.', 'Analysts e.g. at UBS agreed.']],
    ['Überschrift ohne Punkt\nErster Satz. Zweiter Satz!', 'de', ['Überschrift ohne Punkt', 'Erster Satz.', 'Zweiter Satz!']],
  ] as const)('%j', (text, lang, expected) => {
    const got = splitSentences(text, lang);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('never throws and handles empty text', () => {
    expect(splitSentences('', 'de')).toEqual([]);
    expect(splitSentences('\n\n', null)).toEqual([]);
    expect(splitSentences('x'.repeat(50000), 'xx-invalid')).toHaveLength(1);
  });

  test('a sentence never crosses a line (block)', () => {
    const got = splitSentences('Kein Punkt am Ende\nneuer Absatz beginnt klein.', 'de');
    expect(got.map((s) => s.line)).toEqual([0, 1]);
  });
});

describe('endsLikeSentence', () => {
  test.each([
    ['Das ist gut.', true],
    ['Ist das gut?', true],
    ['Er sagte: „Das ist gut.“', true],
    ['(Siehe oben.)', true],
    ['Das ist', false],
    ['Werte zum Artikel', false],
    ['Er sagte:', false],
  ])('%j -> %s', (s, expected) => {
    expect(endsLikeSentence(s)).toBe(expected);
  });
});
