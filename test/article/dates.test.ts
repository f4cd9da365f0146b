import { describe, expect, test } from 'vitest';
import { normaliseIsoDate, parseVisibleDate } from '../../src/core/article/dates';

describe('visible dates, German and English', () => {
  test.each([
    ['12.06.2025, 10:10 Uhr', '2025-06-12T10:10'],
    ['Veröffentlicht am 12.06.2025 um 9:05 Uhr', '2025-06-12T09:05'],
    ['12.06.2025', '2025-06-12'],
    ['12. Juni 2025, 10:10 Uhr MESZ', '2025-06-12T10:10+02:00'],
    ['3. März 2024', '2024-03-03'],
    ['June 12, 2025 10:10 AM', '2025-06-12T10:10'],
    ['Published Jun 12, 2025 at 3:45 pm EDT', '2025-06-12T15:45-04:00'],
    ['12 June 2025 14:00 GMT', '2025-06-12T14:00+00:00'],
    ['Updated 2025-06-12 10:10', '2025-06-12T10:10'],
  ])('%s -> %s', (text, iso) => {
    expect(parseVisibleDate(text)).toBe(iso);
  });

  test.each(['Jetzt kommentieren: 0', '31.02.20', 'Seite 12 von 30', '99.99.2025'])('%s is no date', (text) => {
    expect(parseVisibleDate(text)).toBeNull();
  });
});

describe('machine dates keep their zone', () => {
  test.each([
    ['2025-06-12T10:10:00+02:00', '2025-06-12T10:10+02:00'],
    ['2025-06-12T10:10:30+0200', '2025-06-12T10:10:30+02:00'],
    ['2025-06-12T08:10:00Z', '2025-06-12T08:10Z'],
    ['2025-06-12 10:10', '2025-06-12T10:10'],
    ['2025-06-12', '2025-06-12'],
    ['20250612', '2025-06-12'],
    ['Thu, 12 Jun 2025 08:10:00 GMT', '2025-06-12T08:10Z'],
  ])('%s -> %s', (raw, iso) => {
    expect(normaliseIsoDate(raw)).toBe(iso);
  });

  test.each(['', 'gestern', '2025-13-40'])('%s is no date', (raw) => {
    expect(normaliseIsoDate(raw)).toBeNull();
  });
});
