// Stable speed comparison for the recogniser: total CPU time of 15 passes over 5,000-character slices of the
// evaluation corpora (needs ../shared/corpus). node bin/run-ts.mjs scripts/eval-entities-speed.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognise } from '../src/core/entities/index';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/entities');
if (!existsSync(corpus)) {
  console.log('eval-entities-speed: corpus folder not found; nothing to measure.');
  process.exit(0);
}
const read = (f: string): { text: string; domain?: string }[] =>
  readFileSync(path.join(corpus, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const slices: { text: string; lang: string }[] = [];
for (const r of read('finer_ord/train.jsonl')) for (let i = 0; i + 5000 <= r.text.length; i += 5000) slices.push({ text: r.text.slice(i, i + 5000), lang: 'en' });
const de = read('germeval2014/dev.jsonl').filter((r) => r.domain === 'news').map((r) => r.text).join('\n');
for (let i = 0; i + 5000 <= de.length; i += 5000) slices.push({ text: de.slice(i, i + 5000), lang: 'de' });
for (const s of slices) recognise(s.text, { lang: s.lang, watchlist: [] });
const runs: number[] = [];
for (let k = 0; k < 15; k++) {
  const c = process.cpuUsage();
  for (const s of slices) recognise(s.text, { lang: s.lang, watchlist: [] });
  const u = process.cpuUsage(c);
  runs.push((u.user + u.system) / 1000 / slices.length);
}
runs.sort((a, b) => a - b);
console.log(`mean per slice over ${slices.length} slices: best ${runs[0].toFixed(2)} ms, median ${runs[7].toFixed(2)} ms`);
