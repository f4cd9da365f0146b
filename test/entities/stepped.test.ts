// The stepped recogniser (startRecognise) that the content script runs in slices must give exactly what the
// one-call `recognise` gives, however often it is paused: on the seed page, on texts of both languages, on odd input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import truth from '../fixtures/seed-truth.json';
import { recognise, startRecognise, type RecogniseContext } from '../../src/core/entities';
import { detectArticle } from '../../src/core/article';
import { decodeHtml, parseDocument } from '../../src/cli/html';
import { stageAnalysis } from '../../src/core/analyze';

/** Runs the stepped form, pausing whenever `pause(calls)` says so; counts the steps it took. */
function stepped(text: string, ctx: RecogniseContext, pause: (calls: number) => boolean) {
  const run = startRecognise(text, ctx);
  let calls = 0;
  let steps = 0;
  while (!run.step(() => pause(++calls))) if (++steps > 1e6) throw new Error('no progress');
  return { result: run.result(), steps };
}

const seedDoc = parseDocument(decodeHtml(readFileSync(join(__dirname, '../fixtures/boersennews--zuckerberg.html'))));
const seedArticle = detectArticle(seedDoc, { url: null, profile: null });
const texts: [string, string, string | null][] = [
  ['seed page article', seedArticle.text, seedArticle.meta.lang],
  ['seed sentences', (truth.articleSentences as string[]).join('\n'), 'de'],
  ['English, unknown language', 'Apple Inc. (NASDAQ: AAPL) and Microsoft rose on Monday, CEO Tim Cook said. Cook added that the Federal Reserve and Goldman Sachs expected more; Jack Rae of Google DeepMind disagreed. Reporting by Deena Beasley.', null],
  ['German with identifiers', 'Die Deutsche Bank AG (ISIN DE0005140008, WKN 514000) und die Allianz legten zu. Vorstandschef Christian Sewing sagte, die Bank sei gut aufgestellt. Damit will Sewing schon 2026 das Startup DeepSeek übernehmen.', 'de'],
  ['one word', 'Siemens', 'de'],
  ['empty', '', 'de'],
];

describe('startRecognise gives what recognise gives', () => {
  test('the seed page has text to work on', () => expect(seedArticle.text.length).toBeGreaterThan(2000));

  test.each(texts)('%s, paused at every chance', (_name, text, lang) => {
    const ctx = { lang, watchlist: ['Meta Platforms'] };
    const { result, steps } = stepped(text, ctx, () => true);
    expect(result).toEqual(recognise(text, ctx));
    // Each phase is a step of its own, and the token walk pauses every few dozen tokens.
    if (text.length > 2000) expect(steps).toBeGreaterThan(10);
  });

  test.each(texts)('%s, never paused and paused every 3rd check', (_name, text, lang) => {
    const ctx = { lang, watchlist: [] };
    expect(stepped(text, ctx, () => false).result).toEqual(recognise(text, ctx));
    expect(stepped(text, ctx, (n) => n % 3 === 0).result).toEqual(recognise(text, ctx));
  });

  test('result() without steps runs everything at once', () => {
    const run = startRecognise(texts[0][1], { lang: 'de', watchlist: [] });
    expect(run.result()).toEqual(recognise(texts[0][1], { lang: 'de', watchlist: [] }));
    expect(run.step()).toBe(true);
  });

  test('random texts from name-like words, with random pauses', () => {
    const word = fc.constantFrom('Meta', 'Zuckerberg', 'sagte', 'Deutsche', 'Bank', 'AG', 'der', 'the', 'CEO', 'Tim', 'Cook', 'said', 'Allianz', 'DE0005140008', '(', ')', ',', '.', 'Müller', 'will', 'von', 'IMF', 'Scale', 'AI', '\n', '‏', '😀', '\uD800');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 120 }), fc.constantFrom('de', 'en', null), fc.integer({ min: 1, max: 7 }), (words, lang, every) => {
        const text = words.join(' ');
        const ctx = { lang, watchlist: [] };
        expect(stepped(text, ctx, (n) => n % every === 0).result).toEqual(recognise(text, ctx));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the staged analysis steps its entities stage', () => {
  test('stepEntities in slices, then entities(), equals the stage computed at once', () => {
    const staged = stageAnalysis(seedDoc, { watchlist: ['Meta Platforms'] });
    let slices = 0;
    while (!staged.stepEntities(() => true)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(staged.stepEntities(() => true)).toBe(true);
    const expected = stageAnalysis(seedDoc, { watchlist: ['Meta Platforms'] }).entities();
    expect(expected.mentions.length).toBeGreaterThan(10);
    expect(staged.entities()).toEqual(expected);
    expect(staged.timings().entities).toBeGreaterThan(0);
  });
});

test('a run names the phase its next step starts in, in pipeline order, and ends in done', () => {
  const run = startRecognise(seedArticle.text, { lang: 'de', watchlist: [] });
  const seen: string[] = [run.phase];
  while (!run.step(() => true)) if (seen.at(-1) !== run.phase) seen.push(run.phase);
  seen.push(run.phase);
  expect(seen.at(-1)).toBe('done');
  expect([...new Set(seen)]).toEqual(['tokenize', 'scan', 'context-orgs', 'propagate', 'identifiers', 'roles', 'assemble', 'done']);
  expect(startRecognise('', { lang: 'de', watchlist: [] }).phase).toBe('done');
});
