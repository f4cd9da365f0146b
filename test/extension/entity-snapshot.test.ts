// The recogniser's indexes compiled at build time (src/core/entities/snapshot*.ts): the generic serialiser round
// trip, and the extension's load path (the accessors hydrating the build-time constants) giving the same results
// as the indexes built at runtime.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { hydrate, hydration, serialise } from '../../src/core/entities/snapshot';
import { buildEntitySnapshots, peopleData, SNAPSHOT_DEFINES } from '../../src/core/entities/snapshot-build';
import { gazetteer } from '../../src/core/entities/gazetteer';
import { lexicon } from '../../src/core/entities/lexicon-index';
import { peopleIndex, peopleLookup } from '../../src/core/entities/people-index';
import { recognise } from '../../src/core/entities';
import { parseDocument } from '../../src/cli/html';
import { detectArticle } from '../../src/core/article';

const shared = { id: 'x', n: 1 };
// Building the snapshots runs every builder: once for the whole file.
let built: ReturnType<typeof buildEntitySnapshots> | null = null;
const snapshots = () => (built ??= buildEntitySnapshots());
describe('serialise / hydrate', () => {
  test.each([
    ['primitives', { s: 'a', t: true, f: false, z: null, n: 0, neg: -3.5, big: 1e21 }],
    ['non-finite numbers', [NaN, Infinity, -Infinity]],
    ['undefined values', { a: undefined, b: [undefined, 1] }],
    ['nested arrays', [[['a']], [], [1, [2, ['b']]]]],
    ['Map and Set', new Map<unknown, unknown>([['a', new Set(['x', 'y'])], ['b', new Map([[1, [true]]])]])],
    ['RegExp with flags', { re: /^(\p{L}{3,})?(Firma|Konzern)$/u, g: /a.b/gims }],
    ['objects of one shape', [{ a: 1, b: 'x' }, { a: 2, b: 'y' }, { b: 'z', a: 3 }]],
    ['a Map keyed by a field of its values', new Map([['x', { id: 'x' }], ['y', { id: 'y', more: 1 }]])],
    ['a Map whose keys only look like a field', new Map([['x', { id: 'x' }], ['z', { id: 'y' }]])],
    ['odd keys', { __proto__x: 1, ['__proto__']: { p: 1 }, '': 2, '0': 3 }],
    ['empty containers', { a: [], o: {}, m: new Map(), s: new Set() }],
  ])('%s round-trip', (_, value) => {
    expect(hydrate(serialise(value))).toStrictEqual(value);
  });

  test('a value reached twice stays one shared object', () => {
    const back = hydrate<{ list: (typeof shared)[]; byId: Map<string, typeof shared> }>(
      serialise({ list: [shared, shared], byId: new Map([['x', shared], ['y', { id: 'y', n: 2 }]]) }),
    );
    expect(back.list[0]).toBe(back.list[1]);
    expect(back.byId.get('x')).toBe(back.list[0]);
  });

  test('a __proto__ key is data, never the prototype', () => {
    const back = hydrate<Record<string, unknown>>(serialise(JSON.parse('{"__proto__":{"polluted":1}}')));
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(back)).toEqual(['__proto__']);
  });

  test('externals are named, not written, and supplied again', () => {
    const big = { data: new Set(['a']) };
    const json = serialise({ big, other: 1 }, { externals: new Map([[big, 'big']]) });
    expect(json).not.toContain('"a"');
    expect(hydrate<{ big: object }>(json, { big }).big).toBe(big);
    expect(() => hydrate(json)).toThrow(/external "big"/);
  });

  test.each([
    ['a function', { f: () => 1 }, /function at \$\.f/],
    ['a class instance', { d: new Date(0) }, /not plain data at \$\.d/],
    ['a cycle', (() => { const a: Record<string, unknown> = {}; a.self = { a }; return a; })(), /cycle/],
  ])('refuses %s', (_, value, message) => {
    expect(() => serialise(value)).toThrow(message);
  });

  test('refuses a snapshot of another format', () => {
    expect(() => hydrate('{"v":999,"shapes":[],"nodes":[],"root":null}')).toThrow(/unknown format/);
  });
});

describe('the compiled indexes', () => {
  test('hydrate(serialise(build())) deep-equals what the builders make', () => {
    const snap = snapshots();
    expect(hydrate(snap.gazetteer)).toStrictEqual(gazetteer());
    const people = peopleLookup(hydrate(snap.people));
    expect(peopleData(people)).toStrictEqual(peopleData(peopleIndex()));
    expect(hydrate(snap.lexicon, { people })).toStrictEqual({ ...lexicon(), people });
  });

  test('hydrated entities stay shared between the alias lists and byId', () => {
    const g = hydrate<ReturnType<typeof gazetteer>>(snapshots().gazetteer);
    const entries = [...g.byFirstWord.values()].flat();
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((entry) => entry.entity !== g.byId.get(entry.entity.id))).toEqual([]);
  });
});

describe('the extension load path', () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    for (const name of Object.values(SNAPSHOT_DEFINES)) delete globals[name];
    vi.resetModules();
  });

  /** The recogniser as the extension runs it: each accessor finds its constant and hydrates it. */
  async function loadFromSnapshots(snaps = snapshots()) {
    for (const [key, name] of Object.entries(SNAPSHOT_DEFINES)) globals[name] = snaps[key as keyof typeof snaps];
    vi.resetModules();
    return import('../../src/core/entities');
  }

  const seed = detectArticle(parseDocument(readFileSync('test/fixtures/boersennews--zuckerberg.html', 'utf8')), { url: null, profile: null }).text;
  const texts: [string, string, string | null][] = [
    ['the seed article', seed, 'de'],
    ['German companies and a person', 'Die Deutsche Bank und die Allianz legten zu. Siemens-Chef Roland Busch sagte, die Deutschen Bank sei ein Partner.', 'de'],
    ['English names, ticker and ISIN', 'Apple (NASDAQ: AAPL) and Microsoft rose, CEO Tim Cook said. SAP (ISIN DE0007164600) fell; the ECB held rates.', 'en'],
    ['people by surname', 'Angela Merkel traf Olaf Scholz. Merkel sagte später, Scholz habe zugestimmt.', null],
    ['no names at all', 'es regnet und die kurse fallen.', 'de'],
  ];

  test.each(texts)('recognise() gives the same result on %s', async (_, text, lang) => {
    const built = recognise(text, { lang, watchlist: ['Apple'] });
    const fromSnapshots = await loadFromSnapshots();
    expect(fromSnapshots.recognise(text, { lang, watchlist: ['Apple'] })).toStrictEqual(built);
  });

  test('the accessors really read the constants', async () => {
    const snaps = snapshots();
    const tampered = { ...snaps, gazetteer: snaps.gazetteer.replace('"Apple"', '"Apfel Computer"') };
    const { recognise: fromTampered } = await loadFromSnapshots(tampered);
    const names = fromTampered('Apple legte zu.', { lang: 'de', watchlist: [] }).entities.map((e) => e.name);
    expect(names).toContain('Apfel Computer');
  });
});

describe('hydration in slices', () => {
  test.each(['gazetteer', 'people', 'lexicon'] as const)('%s: stepped a few hundred items at a time, it gives what hydrate gives', (name) => {
    const snap = snapshots()[name];
    const externals = { people: peopleIndex() };
    const job = hydration(snap, externals);
    let slices = 1;
    while (!job.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(name === 'gazetteer' ? 5 : 1);
    expect(job.finish()).toStrictEqual(hydrate(snap, externals));
  });

  test('warmGazetteer in the extension fills the cache slice by slice', async () => {
    (globalThis as Record<string, unknown>)[SNAPSHOT_DEFINES.gazetteer] = snapshots().gazetteer;
    vi.resetModules();
    const mod = await import('../../src/core/entities/gazetteer');
    let slices = 1;
    while (!mod.warmGazetteer(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    const warmed = mod.gazetteer();
    expect(warmed).toStrictEqual(gazetteer());
    expect(mod.gazetteer()).toBe(warmed);
    delete (globalThis as Record<string, unknown>)[SNAPSHOT_DEFINES.gazetteer];
    vi.resetModules();
  });

  test('the sliced warm-up of all three indexes, then the stepped recogniser, gives what recognise gives', async () => {
    const globals = globalThis as Record<string, unknown>;
    const snaps = snapshots();
    for (const [key, name] of Object.entries(SNAPSHOT_DEFINES)) globals[name] = snaps[key as keyof typeof snaps];
    vi.resetModules();
    const mod = await import('../../src/core/entities');
    const slicesPerIndex = mod.RECOGNISER_WARMUP.map(({ warm }) => {
      let slices = 1;
      while (!warm(() => true)) slices++;
      return slices;
    });
    expect(slicesPerIndex.every((n) => n > 1)).toBe(true);
    const seed = detectArticle(parseDocument(readFileSync('test/fixtures/boersennews--zuckerberg.html', 'utf8')), { url: null, profile: null }).text;
    const run = mod.startRecognise(seed, { lang: 'de', watchlist: ['Apple'] });
    let slices = 1;
    while (!run.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(run.result()).toStrictEqual(recognise(seed, { lang: 'de', watchlist: ['Apple'] }));
    for (const name of Object.values(SNAPSHOT_DEFINES)) delete globals[name];
    vi.resetModules();
  });
});
