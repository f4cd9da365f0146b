// Scores the article detector on ../shared/corpus/extraction and runs @mozilla/readability 0.6.0 on the same
// pages in the same run. Both get their own fresh linkedom document of the same page; only the extraction
// call is timed (Readability mutates its document, so it can never share ours).
//
//   npm run eval:article -- [--limit N] [--only trafilatura|wcxb|readability] [--json out.json] [--failures]
//                           [--worst N] [--pages-json per-page.json]
//   --worst N: how many of the worst pages --failures lists per set (default 15 trafilatura, 40 wcxb).
//   --pages-json: every page's scores (ours and Readability's), to diff two runs page by page.
// Timing: one warm-up page first (the first page measured would otherwise pay for compiling the detector).
// Medians and the ratio use each page's first run; the slowest page is reported both as a first run and as
// the best of two runs of our detector on the same document, so one GC pause is not taken for a page's cost.
//
// Metrics (see the corpus README):
//   trafilatura-dev: with/without snippets found in the whitespace-normalised text, summed over pages -> P/R/F1.
//   wcxb-dev-articles: word F1 (lower-cased multisets of Unicode \w+ words, per page, mean over pages);
//     headline/byline exact after normalisation: NFKC, curly quotes/dashes made plain, whitespace collapsed,
//     trimmed; case kept. Byline only where the truth has one.
//   readability: metadata regression against Readability's expected metadata (pages where it is non-null).
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeHtml, parseDocument } from '../src/cli/html';
import { detectArticle } from '../src/core/article';
import { buildTextIndex } from '../src/core/text';
import { profileFor } from '../src/sites';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/extraction');

interface Case {
  id: string; file: string; url: string; lang: string; finance: boolean;
  with?: string[]; without?: string[]; text?: string; title?: string | null; author?: string | null;
  byline?: string | null; siteName?: string | null; publishedTime?: string | null; htmlLang?: string | null; metaLang?: string | null;
}
interface Extraction {
  via?: string; text: string; title: string | null; byline: string | null; published: string | null; lang: string | null; siteName: string | null;
  /** Time of the first extraction of the page (what the medians and the ratio use). */
  ms: number;
  /** Ours only: the faster of two extractions of the same document (the detector never mutates it), so that a
   *  garbage-collection pause or a busy machine during one run does not pass for the page's cost. */
  bestMs?: number;
}
interface PageResult { set: string; id: string; lang: string; finance: boolean; ours: Extraction; rdb: Extraction; truth: Case }

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = option('--limit') ? Number(option('--limit')) : Infinity;
const only = option('--only');
const jsonOut = option('--json');
const pagesOut = option('--pages-json');
const worst = option('--worst') ? Number(option('--worst')) : undefined;

const now = () => performance.now();
export const normWs = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const normMeta = (s: string | null | undefined) =>
  normWs((s ?? '').normalize('NFKC').replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/[–—]/g, '-'));

function loadCases(set: string): Case[] {
  const file = path.join(corpusDir, set, 'cases.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Case[]).slice(0, limit);
}

function runOurs(html: string, url: string): Extraction {
  const doc = parseDocument(html);
  const ctx = { url, profile: profileFor(url) };
  const t0 = now();
  const a = detectArticle(doc, ctx);
  const ms = now() - t0;
  const t1 = now();
  detectArticle(doc, ctx);
  const again = now() - t1;
  const m = a.meta;
  return { via: a.via, text: a.text, title: m.headline, byline: m.author, published: m.published, lang: m.lang, siteName: m.siteName, ms, bestMs: Math.min(ms, again) };
}

/** The first page measured pays for compiling the detector (tens of ms): run it a few times on one page
 *  before any timing, so that no page's time is the JIT's. */
function warmUp(set: string): void {
  const c = loadCases(set)[0];
  const file = c && path.join(corpusDir, set, c.file);
  if (!file || !existsSync(file)) return;
  const html = decodeHtml(new Uint8Array(readFileSync(file)));
  for (let i = 0; i < 3; i++) {
    runOurs(html, c.url);
    runReadability(html);
  }
}

function runReadability(html: string): Extraction {
  const doc = parseDocument(html);
  const t0 = now();
  let r: ReturnType<Readability['parse']> = null;
  try {
    r = new Readability(doc).parse();
  } catch {
    r = null;
  }
  const ms = now() - t0;
  // Block-aware text of Readability's own output, so both are judged on the same kind of text.
  const text = r?.content ? buildTextIndex(parseDocument(`<html><body>${r.content}</body></html>`).body).text : '';
  return { text, title: r?.title ?? null, byline: r?.byline ?? null, published: r?.publishedTime ?? null, lang: r?.lang ?? null, siteName: r?.siteName ?? null, ms };
}

// ---- metrics ----
function snippetCounts(text: string, c: Case) {
  const t = normWs(text);
  const has = (s: string) => t.length > 0 && t.includes(normWs(s));
  const w = c.with ?? [];
  const wo = c.without ?? [];
  const tp = w.filter(has).length;
  const fp = wo.filter(has).length;
  return { tp, fn: w.length - tp, fp, tn: wo.length - fp };
}

function prf(rows: Array<{ tp: number; fn: number; fp: number }>) {
  const tp = rows.reduce((a, r) => a + r.tp, 0);
  const fn = rows.reduce((a, r) => a + r.fn, 0);
  const fp = rows.reduce((a, r) => a + r.fp, 0);
  const p = tp / Math.max(tp + fp, 1);
  const r = tp / Math.max(tp + fn, 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
function wordF1(extracted: string, truth: string): number {
  return wordPRF(extracted, truth).f1;
}
function wordPRF(extracted: string, truth: string): { p: number; r: number; f1: number } {
  const a = words(extracted);
  const b = words(truth);
  if (!a.length || !b.length) return a.length === b.length ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  const p = shared / a.length;
  const r = shared / b.length;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function sameDate(a: string | null, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isNaN(ta) && ta === tb) return true;
  return a.slice(0, 10) === b.slice(0, 10);
}

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f3 = (x: number) => x.toFixed(3);

// ---- run ----
function runSet(set: string): PageResult[] {
  const out: PageResult[] = [];
  for (const c of loadCases(set)) {
    const file = path.join(corpusDir, set, c.file);
    if (!existsSync(file)) continue;
    const html = decodeHtml(new Uint8Array(readFileSync(file)));
    const ours = runOurs(html, c.url);
    const rdb = runReadability(html);
    out.push({ set, id: c.id, lang: c.lang, finance: !!c.finance, ours, rdb, truth: c });
  }
  return out;
}

type Row = [string, ...string[]];
function printTable(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

function timing(rs: PageResult[]): string[] {
  const a = median(rs.map((r) => r.ours.ms));
  const b = median(rs.map((r) => r.rdb.ms));
  return [a.toFixed(2), b.toFixed(2), (a / Math.max(b, 1e-9)).toFixed(2)];
}

const groups = (rs: PageResult[]): Array<[string, PageResult[]]> =>
  ([['all', rs], ['german', rs.filter((r) => r.lang === 'de')], ['finance', rs.filter((r) => r.finance)]] as Array<[string, PageResult[]]>).filter(([, g]) => g.length > 0);

const summary: Record<string, unknown> = {};

function reportTrafilatura(rs: PageResult[]) {
  const rows: Row[] = [['trafilatura-dev', 'pages', 'F1 ours', 'P', 'R', 'F1 rdb', 'P', 'R', 'ms ours', 'ms rdb', 'ratio']];
  for (const [name, g] of groups(rs)) {
    const o = prf(g.map((r) => snippetCounts(r.ours.text, r.truth)));
    const b = prf(g.map((r) => snippetCounts(r.rdb.text, r.truth)));
    rows.push([name, String(g.length), f3(o.f1), f3(o.p), f3(o.r), f3(b.f1), f3(b.p), f3(b.r), ...timing(g)]);
    summary[`trafilatura.${name}`] = { pages: g.length, ours: o, readability: b };
  }
  printTable('trafilatura metric (snippets)', rows);
}

function reportWcxb(rs: PageResult[]) {
  const rows: Row[] = [['wcxb-dev', 'pages', 'wordF1 ours', 'rdb', 'head ours', 'rdb', 'byline ours', 'rdb', 'ms ours', 'ms rdb', 'ratio']];
  for (const [name, g] of groups(rs)) {
    const withAuthor = g.filter((r) => r.truth.author);
    const head = (e: Extraction, r: PageResult) => normMeta(e.title) === normMeta(r.truth.title);
    const by = (e: Extraction, r: PageResult) => normMeta(e.byline) === normMeta(r.truth.author);
    const v = {
      wordF1: [mean(g.map((r) => wordF1(r.ours.text, r.truth.text ?? ''))), mean(g.map((r) => wordF1(r.rdb.text, r.truth.text ?? '')))],
      headline: [mean(g.map((r) => +head(r.ours, r))), mean(g.map((r) => +head(r.rdb, r)))],
      byline: [mean(withAuthor.map((r) => +by(r.ours, r))), mean(withAuthor.map((r) => +by(r.rdb, r)))],
    };
    rows.push([name, String(g.length), f3(v.wordF1[0]), f3(v.wordF1[1]), f3(v.headline[0]), f3(v.headline[1]), f3(v.byline[0]), f3(v.byline[1]), ...timing(g)]);
    summary[`wcxb.${name}`] = { pages: g.length, ...v };
  }
  printTable('wcxb-dev-articles (word F1, headline exact, byline exact where truth has one)', rows);
}

function reportReadabilityPages(rs: PageResult[]) {
  const fields: Array<[string, keyof Extraction, keyof Case]> = [['title', 'title', 'title'], ['byline', 'byline', 'byline'], ['published', 'published', 'publishedTime'], ['lang', 'lang', 'lang'], ['siteName', 'siteName', 'siteName']];
  const rows: Row[] = [['readability pages', 'field', 'pages', 'ours', 'rdb']];
  for (const [name, ours, truth] of fields) {
    const g = rs.filter((r) => r.truth[truth]);
    const ok = (e: Extraction, r: PageResult) =>
      name === 'published' ? sameDate(e.published, r.truth.publishedTime) : name === 'lang' ? (e.lang ?? '').slice(0, 2).toLowerCase() === String(r.truth.lang ?? '').slice(0, 2).toLowerCase() : normMeta(String(e[ours] ?? '')) === normMeta(String(r.truth[truth] ?? ''));
    const o = mean(g.map((r) => +ok(r.ours, r)));
    const b = mean(g.map((r) => +ok(r.rdb, r)));
    rows.push(['', name, String(g.length), f3(o), f3(b)]);
    summary[`readability.${name}`] = { pages: g.length, ours: o, readability: b };
  }
  rows.push(['', 'median ms', String(rs.length), ...timing(rs).slice(0, 2)]);
  printTable('readability test pages: metadata vs expected (regression reference)', rows);
}

function printFailures(all: PageResult[]) {
  console.log('\nworst pages (ours):');
  const traf = all.filter((r) => r.set === 'trafilatura-dev').map((r) => ({ r, c: snippetCounts(r.ours.text, r.truth) }));
  traf.sort((a, b) => b.c.fn + b.c.fp - (a.c.fn + a.c.fp));
  for (const { r, c } of traf.slice(0, worst ?? 15)) {
    const missing = (r.truth.with ?? []).filter((s) => !normWs(r.ours.text).includes(normWs(s)));
    const extra = (r.truth.without ?? []).filter((s) => normWs(r.ours.text).includes(normWs(s)));
    console.log(`  traf ${r.id} fn=${c.fn} fp=${c.fp} len=${r.ours.text.length} missing=${JSON.stringify(missing.map((s) => s.slice(0, 50)))} extra=${JSON.stringify(extra.map((s) => s.slice(0, 50)))}`);
  }
  const wc = all.filter((r) => r.set === 'wcxb-dev-articles').map((r) => ({ r, w: wordPRF(r.ours.text, r.truth.text ?? ''), f: wordF1(r.rdb.text, r.truth.text ?? '') }));
  wc.sort((a, b) => a.w.f1 - b.w.f1);
  for (const { r, w, f } of wc.slice(0, worst ?? 40)) console.log(`  wcxb ${r.id} F1=${f3(w.f1)} P=${f3(w.p)} R=${f3(w.r)} (rdb ${f3(f)}) ours=${r.ours.text.length} truth=${(r.truth.text ?? '').length}`);
  const slow = [...all].sort((a, b) => (b.ours.bestMs ?? 0) - (a.ours.bestMs ?? 0)).slice(0, 8);
  console.log('  slowest (ours, best of 2 runs): ' + slow.map((r) => `${r.set}/${r.id} ${r.ours.bestMs?.toFixed(0)} ms (first ${r.ours.ms.toFixed(0)}, rdb ${r.rdb.ms.toFixed(0)})`).join(', '));
  for (const { r } of wc) {
    if (normMeta(r.ours.title) !== normMeta(r.truth.title)) console.log(`  head ${r.id} ours=${JSON.stringify(r.ours.title)} truth=${JSON.stringify(r.truth.title)}`);
  }
  for (const { r } of wc) {
    if (r.truth.author && normMeta(r.ours.byline) !== normMeta(r.truth.author)) console.log(`  by   ${r.id} ours=${JSON.stringify(r.ours.byline)} truth=${JSON.stringify(r.truth.author)}`);
  }
}

/** Per-page scores of both extractors: snippet counts for trafilatura-dev, word P/R/F1 and metadata hits for wcxb. */
function pageRows(all: PageResult[]) {
  return all.map((r) => {
    const base = { set: r.set, id: r.id, lang: r.lang, via: r.ours.via, ms: +r.ours.ms.toFixed(2), bestMs: +(r.ours.bestMs ?? 0).toFixed(2), len: r.ours.text.length };
    if (r.set === 'trafilatura-dev') return { ...base, ours: snippetCounts(r.ours.text, r.truth), rdb: snippetCounts(r.rdb.text, r.truth) };
    if (r.set === 'wcxb-dev-articles') {
      const w = wordPRF(r.ours.text, r.truth.text ?? '');
      return {
        ...base, f1: +w.f1.toFixed(4), p: +w.p.toFixed(4), r: +w.r.toFixed(4), rdbF1: +wordF1(r.rdb.text, r.truth.text ?? '').toFixed(4),
        head: normMeta(r.ours.title) === normMeta(r.truth.title), byline: r.truth.author ? normMeta(r.ours.byline) === normMeta(r.truth.author) : null,
      };
    }
    return base;
  });
}

function main() {
  if (!existsSync(corpusDir)) {
    console.log(`eval:article: corpus not found at ${corpusDir} (it lives in ../shared); nothing to do.`);
    return;
  }
  const sets: Array<[string, string, (rs: PageResult[]) => void]> = [
    ['trafilatura', 'trafilatura-dev', reportTrafilatura],
    ['wcxb', 'wcxb-dev-articles', reportWcxb],
    ['readability', 'readability', reportReadabilityPages],
  ];
  const all: PageResult[] = [];
  const first = sets.find(([key]) => !only || only === key);
  if (first) warmUp(first[1]);
  for (const [key, dir, report] of sets) {
    if (only && only !== key) continue;
    const rs = runSet(dir);
    all.push(...rs);
    report(rs);
  }
  const t = timing(all);
  const byFirst = [...all].sort((a, b) => b.ours.ms - a.ours.ms)[0];
  const byBest = [...all].sort((a, b) => (b.ours.bestMs ?? 0) - (a.ours.bestMs ?? 0))[0];
  const worstOurs = byFirst?.ours.ms ?? 0;
  const worstBest = byBest?.ours.bestMs ?? 0;
  console.log(`\nall ${all.length} pages: median ms ours ${t[0]}, readability ${t[1]}, ratio ${t[2]} (first run of each page, after a warm-up page)`);
  if (byFirst && byBest) {
    console.log(`slowest page ours: ${worstBest.toFixed(1)} ms as the best of 2 runs on the same document (${byBest.set}/${byBest.id}); ` +
      `${worstOurs.toFixed(1)} ms as a single first run (${byFirst.set}/${byFirst.id}, includes any GC pause that fell into it)`);
  }
  summary.timing = { pages: all.length, oursMedianMs: +t[0], readabilityMedianMs: +t[1], ratio: +t[2], oursMaxMs: worstOurs, oursMaxBestOf2Ms: worstBest };
  if (flag('--failures')) printFailures(all);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(summary, null, 2));
  if (pagesOut) writeFileSync(pagesOut, JSON.stringify(pageRows(all), null, 1));
}

main();
