// Quality of the card's summary over the development pages (evaluation only; reads ../shared/corpus).
//
//   node bin/run-ts.mjs scripts/eval-summary.ts [--limit N] [--set trafilatura-dev,wcxb-dev-articles] [--show N]
//     [--id PAGE] [--save FILE] [--diff FILE]
//
// For every page: analyze() through linkedom, then check each summary sentence:
//   boilerplate: the sentence contains one of the page's `without` snippets (text that is not the article);
//   cut:         the sentence does not end with terminal punctuation, or does not appear whole in Article.text.
// Also counts how many `without` snippets leak into Article.text itself, to show what the summary filter had to
// keep out. Whitespace is normalised before every comparison.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml, parseDocument } from '../src/cli/html';
import { analyze } from '../src/core/analyze';
import { endsLikeSentence, splitSentences } from '../src/core/card/sentences';
import { judgeSentences } from '../src/core/card/summary-filter';
import { pageSignals } from '../src/core/card/page-signals';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/extraction');

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = option('--limit') ? Number(option('--limit')) : Infinity;
const sets = option('--set') ? option('--set')!.split(',') : ['trafilatura-dev'];
const show = Number(option('--show') ?? 5);
/** --id ID: dump one page (article lines, summary, `without` snippets) to see why a sentence was picked. */
const only = option('--id');
/** --save FILE writes every page's summary; --diff FILE prints the pages whose summary changed since. */
const saveFile = option('--save');
const diffFile = option('--diff');
const saved: Record<string, string[]> = {};
const before: Record<string, string[]> = diffFile && existsSync(diffFile) ? JSON.parse(readFileSync(diffFile, 'utf8')) : {};

interface Case { id: string; file: string; url: string; lang: string; without?: string[] }
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

if (!existsSync(corpusDir)) {
  console.log(`eval-summary: corpus not found at ${corpusDir}; nothing to evaluate.`);
  process.exit(0);
}

for (const set of sets) {
  const casesFile = path.join(corpusDir, set, 'cases.json');
  if (!existsSync(casesFile)) {
    console.log(`eval-summary: ${casesFile} missing; skipping ${set}.`);
    continue;
  }
  const cases = (JSON.parse(readFileSync(casesFile, 'utf8')) as Case[]).filter((c) => !only || c.id === only).slice(0, limit);
  const t = { ellipsis: 0, full: 0, pages: 0, failed: 0, withSummary: 0, sentences: 0, boilerplate: 0, boilerplatePages: 0, cut: 0, leakPages: 0, leakSnippets: 0, snippets: 0, ms: 0 };
  const examples: string[] = [];
  for (const c of cases) {
    t.pages++;
    let summary: string[] = [];
    let text = '';
    try {
      const doc = parseDocument(decodeHtml(readFileSync(path.join(corpusDir, set, c.file))));
      const t0 = performance.now();
      const a = analyze(doc, { url: c.url });
      t.ms += performance.now() - t0;
      summary = a.card.summary;
      text = norm(a.article.text);
      const key = `${set}/${c.id}`;
      saved[key] = summary;
      if (diffFile && before[key] && before[key].join('\n') !== summary.join('\n')) {
        console.log(`~ ${key}`);
        for (const x of before[key]) if (!summary.includes(x)) console.log(`  - ${x.slice(0, 200)}`);
        for (const x of summary) if (!before[key].includes(x)) console.log(`  + ${x.slice(0, 200)}`);
      }
      if (only) {
        const m = a.article.meta;
        const links = pageSignals(doc, a.article.root, a.article.excluded);
        const judged = judgeSentences(splitSentences(a.article.text, m.lang), { headline: m.headline, author: m.author, links });
        console.log(`headline: ${m.headline} | author: ${m.author} | via: ${a.article.via}`);
        dump(a.article.text, summary, c.without ?? []);
        console.log('-- sentences');
        for (const j of judged) console.log(`  ${j.s.line}: [${j.reason ?? 'ok'}] ${j.s.text.slice(0, 100)}`);
      }
    } catch (e) {
      t.failed++;
      examples.push(`[error] ${c.id}: ${(e as Error).message}`);
      continue;
    }
    const without = (c.without ?? []).map(norm).filter(Boolean);
    t.snippets += without.length;
    const leaked = without.filter((w) => text.includes(w));
    t.leakSnippets += leaked.length;
    if (leaked.length) t.leakPages++;
    if (summary.length) t.withSummary++;
    if (summary.length >= 3) t.full++;
    let pageBad = false;
    for (const s of summary.map(norm)) {
      t.sentences++;
      const hit = without.find((w) => s.includes(w));
      if (hit) {
        t.boilerplate++;
        pageBad = true;
        if (examples.length < show * 2) examples.push(`[boilerplate] ${c.id}: "${hit}" in "${s.slice(0, 160)}"`);
      }
      // An ellipsis at the end may be the site's cut ("... der Stadtrat..."): counted apart, as possibly cut.
      if (/(?:\.\.\.|…)["'“”‘’«»)\]]*$/.test(s)) t.ellipsis++;
      if (!endsLikeSentence(s) || !text.includes(s)) {
        t.cut++;
        if (examples.length < show * 2) examples.push(`[cut] ${c.id}: "${s.slice(0, 160)}"`);
      }
    }
    if (pageBad) t.boilerplatePages++;
  }
  if (!t.pages) continue;
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
  console.log(`\n== ${set}: ${t.pages} pages (${t.failed} errors), analyze mean ${(t.ms / Math.max(1, t.pages - t.failed)).toFixed(1)} ms/page`);
  console.log(`pages with a summary        ${t.withSummary} (${pct(t.withSummary, t.pages)}), sentences ${t.sentences} (mean ${(t.sentences / Math.max(1, t.withSummary)).toFixed(2)})`);
  console.log(`summary sentences with a 'without' snippet  ${t.boilerplate} on ${t.boilerplatePages} pages (${pct(t.boilerplate, t.sentences)} of sentences)`);
  console.log(`pages with a 3-sentence summary             ${t.full}`);
  console.log(`cut summary sentences                       ${t.cut} (${pct(t.cut, t.sentences)})`);
  console.log(`summary sentences ending in an ellipsis      ${t.ellipsis}`);
  console.log(`for context: 'without' snippets leaked into Article.text: ${t.leakSnippets}/${t.snippets} on ${t.leakPages} pages`);
  for (const e of examples) console.log('  ' + e);
}
if (saveFile) writeFileSync(saveFile, JSON.stringify(saved, null, 1));

function dump(articleText: string, summary: string[], without: string[]) {
  articleText.split('\n').forEach((line, i) => console.log(`${String(i).padStart(4)} | ${line.slice(0, Number(option("--width") ?? 220))}`));
  console.log('-- summary');
  for (const s of summary) console.log('  * ' + s);
  console.log('-- without');
  for (const w of without) console.log('  - ' + w);
}
