// The gazetteer files themselves: every entry valid, ids unique, index sizes plausible, one id = one company.
// Reads only src/data/companies (no ../shared), so it runs everywhere.
import { describe, expect, test } from 'vitest';
import type { CompanyEntry } from '../../src/data/schema.ts';
import { crossCheck, validateEntry } from '../../scripts/check-gazetteer.ts';

const modules = import.meta.glob<CompanyEntry[]>('../../src/data/companies/*.json', { eager: true, import: 'default' });
const files: Record<string, CompanyEntry[]> = Object.fromEntries(
  Object.entries(modules).map(([p, list]) => [p.replace(/^.*\/(.+)\.json$/, '$1'), list]),
);
const rows = Object.entries(files).flatMap(([stem, list]) => list.map((e, i) => ({ stem, i, e })));

describe('validateEntry rejects what it should', () => {
  const good: CompanyEntry = { id: 'sap', name: 'SAP', aliases: ['SAP SE'], ticker: 'SAP', isin: 'DE0007164600', wkn: '716460', indices: ['DAX'] };
  test.each([
    ['valid entry', good, '', 0],
    ['wrong ISIN check digit', { ...good, isin: 'DE0007164601' }, '', 1],
    ['WKN not matching a DE000 ISIN', { ...good, wkn: '716461' }, '', 1],
    ['id not a slug', { ...good, id: 'SAP SE' }, '', 1],
    ['unknown field', { ...good, sector: 'Software' }, '', 1],
    ['index file without its index', { ...good, indices: ['TecDAX'] }, 'dax', 1],
    ['private.json without private flag', { id: 'openai', name: 'OpenAI', aliases: [] }, 'private', 1],
    ['repeated alias (case-insensitive)', { ...good, aliases: ['SAP SE', 'sap se'] }, '', 1],
  ])('%s', (_label, entry, stem, errorCount) => {
    expect(validateEntry(entry, stem)).toHaveLength(errorCount);
  });
});

describe('crossCheck finds conflicts between files', () => {
  const a: CompanyEntry = { id: 'sap', name: 'SAP', aliases: ['Walldorf'], ticker: 'SAP' };
  test.each([
    ['same data', { a: [a], b: [{ ...a }] }, 0],
    ['same id, other ticker', { a: [a], b: [{ ...a, ticker: 'SAPG' }] }, 1],
    ['one alias, two ids', { a: [a], b: [{ id: 'sap-2', name: 'Other', aliases: ['walldorf'] }] }, 1],
  ])('%s', (_label, input, errorCount) => {
    expect(crossCheck(input as Record<string, CompanyEntry[]>).errors).toHaveLength(errorCount);
  });
});

describe('every gazetteer entry', () => {
  test('the folder has the index files of this project', () => {
    for (const stem of ['dax', 'mdax', 'sdax', 'tecdax', 'eurostoxx50', 'ftse100', 'smi', 'atx', 'private', 'global'])
      expect(Object.keys(files)).toContain(stem);
  });

  test.each(rows.map((r) => [`${r.stem}.json #${r.i} ${r.e.id}`, r] as const))('%s is valid', (_name, r) => {
    expect(validateEntry(r.e, r.stem)).toEqual([]);
  });

  test.each(Object.keys(files))('ids are unique in %s.json', (stem) => {
    const ids = files[stem].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('an id means the same company in every file, an alias one company', () => {
    expect(crossCheck(files).errors).toEqual([]);
  });
});

describe('index sizes are plausible', () => {
  test.each([
    ['dax', 'DAX', 40, 40],
    ['mdax', 'MDAX', 50, 50],
    ['sdax', 'SDAX', 70, 70],
    ['tecdax', 'TecDAX', 30, 30],
    ['eurostoxx50', 'EURO STOXX 50', 50, 50],
    ['smi', 'SMI', 20, 20],
    ['atx', 'ATX', 20, 20],
    ['ftse100', 'FTSE 100', 98, 102],
    ['sp500', 'S&P 500', 500, 510],
    ['nasdaq100', 'Nasdaq-100', 100, 103],
  ])('%s.json has %s members between %i and %i', (stem, index, min, max) => {
    const list = files[stem];
    if (!list) {
      // sp500/nasdaq100 come from another part of the project; our own files must exist (checked above).
      expect(['sp500', 'nasdaq100']).toContain(stem);
      return;
    }
    const members = list.filter((e) => e.indices?.includes(index)).length;
    expect(members).toBe(list.length);
    expect(members).toBeGreaterThanOrEqual(min);
    expect(members).toBeLessThanOrEqual(max);
  });
});
