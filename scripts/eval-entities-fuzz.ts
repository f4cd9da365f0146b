// Robustness check for the recogniser: random texts built from name-like pieces, run through the strict entry point
// (errors surface instead of being swallowed). node bin/run-ts.mjs scripts/eval-entities-fuzz.ts [rounds]
import { recogniseStrict } from '../src/core/entities/index';

const pieces = ['J.', 'Powell', 'von', 'der', 'de', 'Mr', 'Rep.', 'By', 'by', 'und', 'and', ',', '&', 'LLP', 'Inc.', 'Yahoo!', '!', '-', ' - ', 'CLINTON', 'HILLARY',
  'sagte', 'said', 'will', 'sich', 'Doch', 'the', 'The', 'at', 'in', 'Tokyo', '(', ')', '.', 'A', 'Straße', 'Gymnasium', 'Merkels', 'Kessler', 'Anna', '\n', "D'", "'s",
  'Reporting', 'Apollo', 'Global', 'Management', 'Partner', 'Präsident', 'jährige', '17-jährige', 'Caroline', ':', '"', 'Otto', 'Schott'];
const rounds = Number(process.argv[2] ?? 20000);
let seed = 42;
const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
for (let r = 0; r < rounds; r++) {
  const n = 1 + rnd(14);
  let text = '';
  for (let k = 0; k < n; k++) text += pieces[rnd(pieces.length)] + (rnd(3) ? ' ' : '');
  for (const lang of ['de', 'en']) {
    try {
      const { mentions } = recogniseStrict(text, { lang, watchlist: [] });
      for (const m of mentions) if (m.start < 0 || m.end > text.length || m.start >= m.end) throw new Error(`bad span ${m.start}-${m.end}`);
    } catch (e) {
      console.log(`FAIL (${lang}) ${JSON.stringify(text)}: ${(e as Error).message}`);
      process.exit(1);
    }
  }
}
console.log(`ok: ${rounds} random texts in de and en`);
