// Where a known name ends: a unit or head word glued to it belongs to it; a name after a sentence end does not.
import { expect, test } from 'vitest';
import { recogniseStrict } from '../../src/core/entities';
import { buildGazetteer, mergeCompanies } from '../../src/core/entities/gazetteer';

const g = buildGazetteer(mergeCompanies([[{ id: 'vedanta', name: 'Vedanta', aliases: [] }, { id: 'vale', name: 'Vale', aliases: [] }]]));
const found = (text: string) => recogniseStrict(text, { lang: 'en', watchlist: [] }, g).mentions.map((m) => m.text);

test.each([
  ['It supplies companies including Vedanta Resources and others.', 'Vedanta Resources'],
  ['It supplies Vale. "Copperbelt Energy Corporation informed us.', 'Vale'],
  ['It supplies Vale. "Copperbelt Energy Corporation informed us.', 'Copperbelt Energy Corporation'],
])('%s -> %s', (text, expected) => {
  expect(found(text)).toContain(expected);
});
