// Times the core's stages on a set of pages and compares with @mozilla/readability measured in the same run.
//
//   npm run bench -- [--pages N] [--repeat R]
//
// Pages: the test fixtures, a generated page of more than 1 MB (the seed article's body repeated, to check
// that time grows linearly), and up to N pages of ../shared/corpus/extraction when it is present.
// Every run gets a fresh linkedom document; only the stage call is timed. Readability mutates its document,
// so it always gets its own fresh parse of the same page.
// Stages are named cases (article, hide, entities, the whole analysis); each is timed alone, its inputs prepared
// untimed on the same document. Readability is the reference for the article stage's ratio.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeHtml, parseDocument } from '../src/cli/html';
import { detectArticle } from '../src/core/article';
import { profileFor } from '../src/sites';
import { findHiddenBlocks } from '../src/core/ads';
import { recognise } from '../src/core/entities';
import { analyze } from '../src/core/analyze';
import type { Article } from '../src/core/types';
import { gazetteer } from '../src/core/entities/gazetteer';
import { peopleIndex, peopleLookup } from '../src/core/entities/people-index';
import { lexicon } from '../src/core/entities/lexicon-index';
import { hydrate } from '../src/core/entities/snapshot';
import { buildEntitySnapshots } from '../src/core/entities/snapshot-build';
import { gzipSync } from 'node:zlib';

interface BenchPage {
  name: string;
  html: string;
  url: string | null;
}

interface Stage {
  name: string;
  /** Untimed setup on the same document (the stages a stage depends on). */
  prepare?: (doc: Document, url: string | null) => unknown;
  run: (doc: Document, url: string | null, prepared: unknown) => unknown;
}

const articleOf = (doc: Document, url: string | null) => detectArticle(doc, { url, profile: profileFor(url) });
const STAGES: Stage[] = [
  { name: 'article', run: (doc, url) => articleOf(doc, url) },
  {
    name: 'hide',
    prepare: articleOf,
    run: (doc, url, article) => findHiddenBlocks(doc, { article: article as Article, profile: profileFor(url), userRules: '', url }),
  },
  {
    name: 'entities',
    prepare: articleOf,
    run: (_doc, _url, article) => recognise((article as Article).text, { lang: (article as Article).meta.lang, watchlist: [] }),
  },
  { name: 'analyze (all)', run: (doc, url) => analyze(doc, { url }) },
];

const REFERENCE: Stage = { name: 'readability', run: (doc) => new Readability(doc).parse() };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(repoRoot, 'test/fixtures');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/extraction');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const maxCorpusPages = option('--pages', 150);
const repeat = option('--repeat', 3);

function fixturePages(): BenchPage[] {
  const out: BenchPage[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.html')) out.push({ name: path.relative(fixtures, p), html: readFileSync(p, 'utf8'), url: null });
    }
  };
  walk(fixtures);
  return out;
}

/** A page of at least `minBytes`: the body of `base` repeated, like an endless-scroll page or a live blog. */
function hugePage(base: BenchPage, minBytes: number): BenchPage {
  const m = /<body[^>]*>([\s\S]*)<\/body>/i.exec(base.html);
  const body = m ? m[1] : base.html;
  const copies = Math.ceil(minBytes / Math.max(body.length, 1));
  const html = base.html.replace(body, () => Array.from({ length: copies }, () => body).join('\n'));
  return { name: `generated ${(html.length / 1e6).toFixed(1)} MB (${base.name} x${copies})`, html, url: base.url };
}

function corpusPages(limit: number): BenchPage[] {
  if (!existsSync(corpusDir) || limit <= 0) return [];
  const out: BenchPage[] = [];
  const sets = ['trafilatura-dev', 'wcxb-dev-articles', 'readability'];
  for (const set of sets) {
    const cases = JSON.parse(readFileSync(path.join(corpusDir, set, 'cases.json'), 'utf8')) as Array<{ id: string; file: string; url: string }>;
    // An even spread over each set, so the sample is not just its first pages.
    const per = Math.ceil(limit / sets.length);
    const step = Math.max(1, Math.floor(cases.length / per));
    for (let i = 0; i < cases.length && out.length < limit; i += step) {
      const c = cases[i];
      const html = decodeHtml(new Uint8Array(readFileSync(path.join(corpusDir, set, c.file))));
      out.push({ name: `${set}/${c.id}`, html, url: c.url });
    }
  }
  return out;
}

function timeStage(stage: Stage, page: BenchPage): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const doc = parseDocument(page.html);
    const prepared = stage.prepare?.(doc, page.url);
    const t0 = performance.now();
    try {
      stage.run(doc, page.url, prepared);
    } catch {
      /* a failing reference still took its time */
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

/**
 * Index load, the two ways: built from the raw lists at runtime (the CLI and the tests; first call, cold) and
 * hydrated from the snapshot the extension ships (first hydration in this process, then the best of 5).
 * Must run before anything else uses the recogniser, so the builds are cold.
 */
function indexLoad(): void {
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const built = { gazetteer: time(gazetteer), people: time(peopleIndex), lexicon: time(lexicon) };
  const snaps = buildEntitySnapshots();
  const hydrateAll = () => {
    const g = time(() => hydrate(snaps.gazetteer));
    let people: ReturnType<typeof peopleIndex> | null = null;
    const p = time(() => (people = peopleLookup(hydrate(snaps.people))));
    const l = time(() => hydrate(snaps.lexicon, { people }));
    return { gazetteer: g, people: p, lexicon: l };
  };
  const first = hydrateAll();
  const best = hydrateAll();
  for (let i = 0; i < 4; i++) for (const [k, v] of Object.entries(hydrateAll())) best[k as keyof typeof best] = Math.min(best[k as keyof typeof best], v);
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const fmt = (o: Record<string, number>) => `${sum(o).toFixed(1)} ms (${Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')})`;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const sizes = Object.entries(snaps).map(([k, v]) => `${k} ${kb(v.length)} / ${kb(gzipSync(v, { level: 9 }).length)} gz`);
  console.log('index load (the recogniser\'s gazetteer, people index and lexicon):');
  console.log(`  built from the lists, first call (CLI, tests): ${fmt(built)}`);
  console.log(`  hydrated from the build-time snapshot (extension), first: ${fmt(first)}; best of 5: ${fmt(best)}`);
  console.log(`  snapshot sizes: ${sizes.join(', ')}\n`);
}

function main() {
  indexLoad();
  const fx = fixturePages();
  const seed = fx.find((p) => p.name.includes('zuckerberg')) ?? fx[0];
  const pages = [...fx, ...corpusPages(maxCorpusPages)];
  if (seed) pages.push(hugePage(seed, 1_100_000));
  if (!pages.length) {
    console.log('bench: no pages (no fixtures, no corpus)');
    return;
  }
  if (!existsSync(corpusDir)) console.log(`(corpus not found at ${corpusDir}: fixtures and the generated page only)`);
  console.log(`${pages.length} pages, best of ${repeat} runs each, fresh linkedom document per run\n`);

  const ref = pages.map((p) => timeStage(REFERENCE, p));
  const rows: string[][] = [['stage', 'median ms', 'p95 ms', 'max ms', 'max page', 'readability median', 'ratio']];
  for (const stage of STAGES) {
    const ms = pages.map((p) => timeStage(stage, p));
    const worst = ms.indexOf(Math.max(...ms));
    rows.push([stage.name, quantile(ms, 0.5).toFixed(2), quantile(ms, 0.95).toFixed(2), ms[worst].toFixed(1), pages[worst].name.slice(0, 40), quantile(ref, 0.5).toFixed(2), (quantile(ms, 0.5) / quantile(ref, 0.5)).toFixed(2)]);
    const big = pages.findIndex((p) => p.name.startsWith('generated'));
    if (big >= 0) console.log(`${stage.name} on ${pages[big].name}: ${ms[big].toFixed(1)} ms (readability ${ref[big].toFixed(1)} ms)`);
    const over = ms.filter((x) => x > 50).length;
    console.log(`${stage.name}: ${over} page(s) over 50 ms`);
  }
  console.log('');
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

main();
