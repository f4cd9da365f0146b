import { describe, expect, test } from 'vitest';
import { currencyOf, parseAmount, parseNumber, scaleOf } from '../../src/core/card/numbers';

describe('parseNumber', () => {
  test.each([
    ['644,23', 'de', 644.23],
    ['644,23', 'en', 644.23],
    ['1.234,56', 'de', 1234.56],
    ['1.234,56', 'en', 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['1,234.56', 'de', 1234.56],
    ['12.000', 'de', 12000],
    ['12.000', 'en', 12],
    ['1,234', 'en', 1234],
    ['1,234', 'de', 1.234],
    ['1.234.567', 'en', 1234567],
    ['1,234,567', 'de', 1234567],
    ['1.234.567,89', 'de', 1234567.89],
    ['0,5', 'de', 0.5],
    ['0.500', 'de', 0.5],
    ['-1,30', 'de', -1.3],
    ['+0.5', 'en', 0.5],
    ['\u22122,1', 'de', -2.1],
    ['\u2013 3,5', 'de', -3.5],
    ['1\u202f234,5', 'de', 1234.5],
    ['1 234 567', 'de', 1234567],
    ['2025', 'de', 2025],
    ['.5', 'en', 0.5],
  ] as const)('%s (%s) -> %d', (raw, locale, expected) => {
    expect(parseNumber(raw, locale)).toBeCloseTo(expected, 10);
  });

  test.each(['', 'k.A.', 'abc', '1..2', '1,2,3.4.5', '12.', '1.23.456', '--1', '12:30', '1,2.3,4'])(
    'rejects %j',
    (raw) => {
      expect(parseNumber(raw, 'de')).toBeNull();
    },
  );
});

describe('scaleOf', () => {
  test.each([
    ['Tsd.', 'de', 1e3],
    ['Mio.', 'de', 1e6],
    ['Millionen', 'de', 1e6],
    ['Million', 'de', 1e6],
    ['Mrd.', 'de', 1e9],
    ['Milliarden', 'de', 1e9],
    ['Milliarde', 'de', 1e9],
    ['Bio.', 'de', 1e12],
    ['Billionen', 'de', 1e12],
    ['Billion', 'de', 1e12],
    ['billion', 'en', 1e9],
    ['Billion', 'en', 1e9],
    ['trillion', 'en', 1e12],
    ['bn', 'en', 1e9],
    ['m', 'en', 1e6],
    ['k', 'en', 1e3],
  ] as const)('%s (%s) = %d', (word, locale, factor) => {
    expect(scaleOf(word, locale)).toBe(factor);
  });
});

describe('currencyOf', () => {
  test.each([
    ['USD', 'USD'], ['$', 'USD'], ['Dollar', 'USD'], ['US-Dollar', 'USD'], ['US$', 'USD'],
    ['EUR', 'EUR'], ['€', 'EUR'], ['Euro', 'EUR'],
    ['CHF', 'CHF'], ['Franken', 'CHF'],
    ['GBP', 'GBP'], ['£', 'GBP'], ['Pfund', 'GBP'],
    ['JPY', 'JPY'], ['Yen', 'JPY'],
    ['Aktien', null],
  ])('%s -> %s', (word, iso) => {
    expect(currencyOf(word)).toBe(iso);
  });
});

describe('parseAmount', () => {
  test.each([
    ['644,23 USD', 'de', { kind: 'money', value: 644.23, max: null, unit: 'USD' }],
    ['28 Milliarden Dollar', 'de', { kind: 'money', value: 28e9, max: null, unit: 'USD' }],
    ['800 Millionen Dollar', 'de', { kind: 'money', value: 800e6, max: null, unit: 'USD' }],
    ['1,5 Mrd. Euro', 'de', { kind: 'money', value: 1.5e9, max: null, unit: 'EUR' }],
    ['2 Billionen Dollar', 'de', { kind: 'money', value: 2e12, max: null, unit: 'USD' }],
    ['3,4 Bio. USD', 'de', { kind: 'money', value: 3.4e12, max: null, unit: 'USD' }],
    ['12,50 €', 'de', { kind: 'money', value: 12.5, max: null, unit: 'EUR' }],
    ['€12.50', 'en', { kind: 'money', value: 12.5, max: null, unit: 'EUR' }],
    ['$5bn', 'en', { kind: 'money', value: 5e9, max: null, unit: 'USD' }],
    ['$2.5 billion', 'en', { kind: 'money', value: 2.5e9, max: null, unit: 'USD' }],
    ['$1.2 trillion', 'en', { kind: 'money', value: 1.2e12, max: null, unit: 'USD' }],
    ['£300m', 'en', { kind: 'money', value: 300e6, max: null, unit: 'GBP' }],
    ['USD 1,234.5 million', 'en', { kind: 'money', value: 1234.5e6, max: null, unit: 'USD' }],
    ['450 Tsd. CHF', 'de', { kind: 'money', value: 450e3, max: null, unit: 'CHF' }],
    ['120 Franken', 'de', { kind: 'money', value: 120, max: null, unit: 'CHF' }],
    ['10 Pfund', 'de', { kind: 'money', value: 10, max: null, unit: 'GBP' }],
    ['1.000 Yen', 'de', { kind: 'money', value: 1000, max: null, unit: 'JPY' }],
    ['-1,30 %', 'de', { kind: 'percent', value: -1.3, max: null, unit: '%' }],
    ['+0.5%', 'en', { kind: 'percent', value: 0.5, max: null, unit: '%' }],
    ['\u22122,1 %', 'de', { kind: 'percent', value: -2.1, max: null, unit: '%' }],
    ['3,5 Prozent', 'de', { kind: 'percent', value: 3.5, max: null, unit: '%' }],
    ['4 percent', 'en', { kind: 'percent', value: 4, max: null, unit: '%' }],
    ['10 bis 12 Prozent', 'de', { kind: 'percent', value: 10, max: 12, unit: '%' }],
    ['5-7%', 'en', { kind: 'percent', value: 5, max: 7, unit: '%' }],
    ['5\u20137 %', 'de', { kind: 'percent', value: 5, max: 7, unit: '%' }],
    ['2 to 3 billion dollars', 'en', { kind: 'money', value: 2e9, max: 3e9, unit: 'USD' }],
    ['0,25 Prozentpunkte', 'de', { kind: 'percentage-points', value: 0.25, max: null, unit: 'pp' }],
    ['1.5 percentage points', 'en', { kind: 'percentage-points', value: 1.5, max: null, unit: 'pp' }],
    ['2 pp', 'en', { kind: 'percentage-points', value: 2, max: null, unit: 'pp' }],
    ['25 Basispunkte', 'de', { kind: 'percentage-points', value: 0.25, max: null, unit: 'pp' }],
    ['50 basis points', 'en', { kind: 'percentage-points', value: 0.5, max: null, unit: 'pp' }],
    ['2 Millionen', 'de', { kind: 'count', value: 2e6, max: null, unit: null }],
    ['12.000', 'de', { kind: 'count', value: 12000, max: null, unit: null }],
    ['12.000', 'en', { kind: 'count', value: 12, max: null, unit: null }],
  ] as const)('%s (%s)', (raw, locale, expected) => {
    expect(parseAmount(raw, locale)).toEqual(expected);
  });

  test.each(['k.A.', 'Meta', '5 Äpfel', '$ 5 %', ''])('rejects %j', (raw) => {
    expect(parseAmount(raw, 'de')).toBeNull();
  });
});
