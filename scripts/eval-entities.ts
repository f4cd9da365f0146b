// npm run eval:entities — PER/ORG precision, recall and F1 of the recogniser on ../shared/corpus/entities
// (FiNER-ORD train + validation; GermEval 2014 dev: all, news, finance), exact and overlapping spans, plus speed.
// Scoring: ORG = company + organization. GermEval gold = outer PER/ORG; predictions overlapping a gold *part/*deriv
// span of the same family ("Meta" in "Meta-Chef") are ignored. Options: --errors <subset> [--limit N] prints misses.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entitiesForRecord } from '../src/core/entities/jsonl';
import { recognise } from '../src/core/entities/index';
import { buildGazetteer, mergeCompanies } from '../src/core/entities/gazetteer';
import { companyFiles } from '../src/data/companies';
import { lexicon } from '../src/core/entities/lexicon-index';

type Fam = 'PER' | 'ORG';
interface Gold { start: number; end: number; type: string; level?: string }
interface Rec { id: string; text: string; lang: string; entities: Gold[]; domain?: string; finance_source?: boolean }
interface Span { start: number; end: number; fam: Fam }

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus/entities');
if (!existsSync(corpus)) {
  console.log(`eval:entities: corpus folder not found (${corpus}); nothing to evaluate.`);
  process.exit(0);
}
const args = process.argv.slice(2);
const errorsFor = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 40;
// `--errors germeval-news --fam PER`: only one family's errors; `--all` prints every error instead of a sample.
const famFilter = args.includes('--fam') ? args[args.indexOf('--fam') + 1] : null;
const printAll = args.includes('--all');

const read = (f: string): Rec[] =>
  readFileSync(path.join(corpus, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
const finerTrain = read('finer_ord/train.jsonl');
const finerVal = read('finer_ord/val.jsonl');
const germeval = read('germeval2014/dev.jsonl');

const famOf = (t: string): Fam | null => (t === 'person' || t === 'PER' ? 'PER' : t === 'company' || t === 'organization' || t === 'ORG' ? 'ORG' : null);

function goldOf(r: Rec): { gold: Span[]; ignore: Span[] } {
  const gold: Span[] = [];
  const ignore: Span[] = [];
  for (const e of r.entities) {
    if (e.level === 'inner' && !/part|deriv/.test(e.type)) continue;
    const m = /^(PER|ORG)(part|deriv)$/.exec(e.type);
    if (m) ignore.push({ start: e.start, end: e.end, fam: m[1] as Fam });
    else {
      const fam = famOf(e.type);
      if (fam && e.level !== 'inner') gold.push({ start: e.start, end: e.end, fam });
    }
  }
  return { gold, ignore };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

interface Counts { tp: number; fp: number; fn: number; otp: number; ofp: number; ofn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, otp: 0, ofp: 0, ofn: 0 });

function score(name: string, recs: Rec[]): void {
  const c: Record<Fam, Counts> = { PER: zero(), ORG: zero() };
  const errors: string[] = [];
  for (const r of recs) {
    const { gold, ignore } = goldOf(r);
    const pred: Span[] = [];
    for (const e of entitiesForRecord({ id: r.id, text: r.text, lang: r.lang }, true).entities) {
      const fam = famOf(e.type);
      if (!fam) continue;
      const p = { start: e.start, end: e.end, fam };
      if (ignore.some((g) => g.fam === fam && overlaps(g, p)) && !gold.some((g) => g.fam === fam && overlaps(g, p))) continue;
      pred.push(p);
    }
    for (const fam of ['PER', 'ORG'] as Fam[]) {
      const G = gold.filter((g) => g.fam === fam);
      const P = pred.filter((p) => p.fam === fam);
      const exact = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
      for (const p of P) {
        if (G.some((g) => exact(g, p))) c[fam].tp++;
        else {
          c[fam].fp++;
          const other = gold.find((g) => overlaps(g, p));
          errors.push(`FP ${fam} «${r.text.slice(p.start, p.end)}»${other ? ` (gold ${other.fam} «${r.text.slice(other.start, other.end)}»)` : ''} … ${ctx(r.text, p)}`);
        }
        if (G.some((g) => overlaps(g, p))) c[fam].otp++;
        else c[fam].ofp++;
      }
      for (const g of G) {
        if (!P.some((p) => exact(g, p))) {
          c[fam].fn++;
          if (!P.some((p) => overlaps(g, p))) errors.push(`FN ${fam} «${r.text.slice(g.start, g.end)}» … ${ctx(r.text, g)}`);
        }
        if (!P.some((p) => overlaps(g, p))) c[fam].ofn++;
      }
    }
  }
  const prf = (tp: number, fp: number, fn: number): string => {
    const p = tp / (tp + fp || 1);
    const rc = tp / (tp + fn || 1);
    const f = (2 * p * rc) / (p + rc || 1);
    return `${p.toFixed(3)} ${rc.toFixed(3)} ${f.toFixed(3)}`;
  };
  for (const fam of ['PER', 'ORG'] as Fam[]) {
    const k = c[fam];
    // Overlap recall counts gold spans touched; overlap precision counts predictions touching a gold span.
    const orc = (k.tp + k.fn - k.ofn) / (k.tp + k.fn || 1);
    const op = k.otp / (k.otp + k.ofp || 1);
    const of = (2 * op * orc) / (op + orc || 1);
    console.log(`${name.padEnd(22)} ${fam}  exact P/R/F1 ${prf(k.tp, k.fp, k.fn)}   overlap P/R/F1 ${op.toFixed(3)} ${orc.toFixed(3)} ${of.toFixed(3)}   gold ${k.tp + k.fn}`);
  }
  if (errorsFor === name) {
    const mine = famFilter ? errors.filter((e) => e.startsWith(`FP ${famFilter}`) || e.startsWith(`FN ${famFilter}`)) : errors;
    const shown = printAll ? mine : mine.filter((_, i) => i % Math.max(1, Math.floor(mine.length / limit)) === 0).slice(0, limit);
    console.log(shown.join('\n'));
  }
}

function ctx(text: string, s: { start: number; end: number }): string {
  return text.slice(Math.max(0, s.start - 50), s.end + 40).replace(/\s+/g, ' ');
}

const news = germeval.filter((r) => r.domain === 'news');
score('finer-train', finerTrain);
score('finer-val', finerVal);
score('finer-all', [...finerTrain, ...finerVal]);
score('germeval-all', germeval);
score('germeval-news', news);
score('germeval-finance', germeval.filter((r) => r.finance_source));

// Speed: 5,000-character slices of the English documents and of joined German sentences.
// CPU time (process.cpuUsage), not wall time: the machine is shared, and waiting for a core is not our cost.
const cpuMs = (fn: () => void): number => {
  const c = process.cpuUsage();
  fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const loadMs = cpuMs(() => {
  buildGazetteer(mergeCompanies(companyFiles));
  lexicon();
});
const slices: { text: string; lang: string }[] = [];
for (const r of finerTrain) for (let i = 0; i + 5000 <= r.text.length; i += 5000) slices.push({ text: r.text.slice(i, i + 5000), lang: 'en' });
const de = news.map((r) => r.text).join('\n');
for (let i = 0; i + 5000 <= de.length; i += 5000) slices.push({ text: de.slice(i, i + 5000), lang: 'de' });
for (const s of slices) recognise(s.text, { lang: s.lang, watchlist: [] }); // warm up the JIT first
// Best of three runs per slice (CPU time): a slow run is garbage collection or another process, not this code.
const times: number[] = [];
for (const s of slices) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) best = Math.min(best, cpuMs(() => recognise(s.text, { lang: s.lang, watchlist: [] })));
  times.push(best);
}
times.sort((a, b) => a - b);
const q = (p: number): string => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`speed: ${slices.length} slices of 5,000 chars: median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms; index build ${loadMs.toFixed(1)} ms CPU (gazetteer + lexicons, a second build in this process)`);
