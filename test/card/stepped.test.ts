// The card in steps (stepCard), as the content script builds it when the popup asks, must be the card that
// analyze() builds at once, however often it is paused, and must finish the entities first when they are not done.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { decodeHtml, parseDocument } from '../../src/cli/html';
import { analyze, stageAnalysis } from '../../src/core/analyze';

const FIXTURES = join(__dirname, '..', 'fixtures');
const truth = JSON.parse(readFileSync(join(FIXTURES, 'seed-truth.json'), 'utf8'));
const pages: [string, string | null][] = [
  ['boersennews--zuckerberg.html', truth.pages['boersennews--zuckerberg.html'].url as string],
  ...readdirSync(join(FIXTURES, 'variants')).map((f): [string, null] => [`variants/${f}`, null]),
];

test.each(pages)('%s: the stepped card equals the card of analyze(), paused at every chance', (file, url) => {
  const html = decodeHtml(readFileSync(join(FIXTURES, file)));
  const expected = analyze(parseDocument(html), { url }).card;
  const staged = stageAnalysis(parseDocument(html), { url });
  let steps = 0;
  // The entities are not done yet: stepCard runs them first, then the card's parts.
  while (!staged.stepCard(() => true)) if (++steps > 1e5) throw new Error('no progress');
  expect(steps).toBeGreaterThan(5);
  expect(staged.card()).toEqual(expected);
  expect(expected.headline).toBeTruthy();
});
