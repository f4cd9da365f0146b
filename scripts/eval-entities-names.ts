// Which of the given words (stdin, whitespace separated) the lexicon does not yet know as given names, and which it
// drops as ordinary words or places: a helper for extending src/data/lexicon/given-names-world.ts.
import { readFileSync } from 'node:fs';
import { lexicon } from '../src/core/entities/lexicon-index';

const lex = lexicon();
const words = [...new Set(readFileSync(0, 'utf8').split(/\s+/).filter(Boolean))];
const unknown = words.filter((w) => !lex.given.has(w));
const dropped = unknown.filter((w) => lex.common.has(w) || lex.places.has(w));
console.log('new:', unknown.filter((w) => !dropped.includes(w)).join(' '));
console.log('words/places (would be dropped):', dropped.join(' '));
