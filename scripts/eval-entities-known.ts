// Which names (stdin, separated by ";") the shipped gazetteer does not match as a whole: a helper for extending
// src/data/companies/*.json from general knowledge.
import { readFileSync } from 'node:fs';
import { gazetteer } from '../src/core/entities/gazetteer';
import { matchAlias } from '../src/core/entities/matchers';
import { tokenize } from '../src/core/entities/tokenize';

const g = gazetteer();
const names = readFileSync(0, 'utf8').split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
const missing = names.filter((n) => {
  const tokens = tokenize(n);
  return matchAlias(tokens, 0, g)?.end !== tokens.length;
});
console.log(missing.join('; '));
