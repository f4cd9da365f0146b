// Debug aid for the recogniser: prints every span of one text with the rule that found it.
// node bin/run-ts.mjs scripts/eval-entities-debug.ts "text" [de|en]
import { gazetteer } from '../src/core/entities/gazetteer';
import { lexicon } from '../src/core/entities/lexicon-index';
import { tokenize } from '../src/core/entities/tokenize';
import { scan } from '../src/core/entities/scan';
import { propagate } from '../src/core/entities/propagate';
import { contextOrgs } from '../src/core/entities/context-orgs';
import { guessLang } from '../src/core/entities/index';

const text = process.argv[2] ?? '';
const lang = guessLang(text, process.argv[3] ?? null);
const g = gazetteer();
const lex = lexicon();
const tokens = tokenize(text);
const spans = propagate(tokens, text, contextOrgs(tokens, scan(tokens, g, lex, lang), g, lex, lang), lex);
for (const s of spans)
  console.log(s.type.padEnd(13), s.source.padEnd(14), JSON.stringify(text.slice(tokens[s.start].start, tokens[s.end - 1].end)), s.entity.id);
