// "(NASDAQ: AAPL)": the company, its exchange (an organisation the text names) and the ticker are three mentions.
import { expect, test } from 'vitest';
import { recogniseStrict } from '../../src/core/entities';

test.each([
  ['Toy maker Mattel (NASDAQ: MAT) is a turnaround story.', 'NASDAQ'],
  ['An example is Unilever (LSE: ULVR), which has risen.', 'LSE'],
])('%s names the exchange %s as an organisation', (text, exchange) => {
  const { mentions } = recogniseStrict(text, { lang: 'en', watchlist: [] });
  expect(mentions.some((m) => m.text === exchange && m.type === 'organization')).toBe(true);
});
