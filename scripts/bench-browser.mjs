// `npm run bench:browser`: the content script's cost in real Chromium.
// Opens corpus pages (and the seed fixture) with the built extension under a supported host name and reports:
//   - main-thread time of the early script (the manifest's, document_start), of the hiding pass (p50/p95/max),
//     when its blocks are hidden after DOMContentLoaded, of the idle highlight pass, and of each mutation batch (a script on the page appends nodes while we measure);
//   - every task of the content script by stage, and each long task over 50 ms on the page (PerformanceObserver,
//     buffered) attributed to the stage that ran in it, to the content script's own load, or to the page itself;
//   - with --trace, the compile and evaluation of the early script, the content script and the engine (a CDP trace);
//   - the JS heap the extension adds: the same pages opened in a second browser without the extension.
// The content script measures itself (performance.now around its own work) and reports through getState.
// Usage: node scripts/bench-browser.mjs [--limit 40] [--trace] [--cold] [--explain: list our tasks around each long task of ours]   (needs npm run build and ../shared/corpus; else the
// fixtures; FINLENS_EXT=dir benchmarks another build, e.g. a copy of an older dist/chrome)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchChromium } from '../e2e/lib/chromium.mjs';
import { findChromium, ROOT } from '../e2e/lib/env.mjs';
import { startServer, SITE_HOST } from '../e2e/server.mjs';

const limit = Number(process.argv[process.argv.indexOf('--limit') + 1]) || 40;
const trace = process.argv.includes('--trace');
const explain = process.argv.includes('--explain');
// --cold: each page under another supported site, so that (with site isolation) each load is a fresh renderer
// process with nothing compiled yet: the cost of a reader's first page on a site. Without it all pages share one
// site, and after the first page V8 reuses what it compiled.
const cold = process.argv.includes('--cold');
// (www.boerse.de is left out: it is on Chromium's HSTS preload list, so plain http to it fails.)
const COLD_HOSTS = ['www.boersennews.de', 'www.finanzen.net', 'www.onvista.de', 'www.ariva.de', 'www.wallstreet-online.de',
  'www.finanznachrichten.de', 'www.boerse-online.de', 'www.deraktionaer.de', 'www.4investors.de',
  'www.handelsblatt.com', 'www.n-tv.de', 'www.manager-magazin.de', 'www.investing.com', 'www.marketwatch.com',
  'www.cnbc.com', 'www.reuters.com', 'finance.yahoo.com', 'seekingalpha.com', 'www.fool.com', 'www.businessinsider.com'];
const hosts = cold ? COLD_HOSTS : [SITE_HOST];
const CORPUS = resolve(ROOT, '../shared/corpus/extraction/trafilatura-dev');
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench:browser needs Chromium (apt-get install chromium)');
  process.exit(2);
}

// Pages: the fixture first, then corpus pages, finance ones first (they are what FinLens is for).
const pages = [{ id: 'seed-fixture', file: join(ROOT, 'test/fixtures/boersennews--zuckerberg.html') }];
if (existsSync(join(CORPUS, 'cases.json'))) {
  const cases = JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8'));
  cases.sort((a, b) => Number(b.finance) - Number(a.finance));
  for (const c of cases.slice(0, limit - 1)) pages.push({ id: c.id, file: join(CORPUS, c.file) });
} else console.log('(../shared/corpus missing: benchmarking the fixtures only)');

const byPath = new Map(pages.map((p, i) => [`/bench/${i}.html`, p.file]));
const server = await startServer({ resolvePath: (path) => byPath.get(path) ?? null, hosts });
const urlOf = (i) => `http://${hosts[i % hosts.length]}:${server.port}/bench/${i}.html`;

// Registered before any page script: long tasks and a burst of DOM mutations after load, like a live ticker.
const INIT = () => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
};
const MUTATE = async () => {
  for (let i = 0; i < 20; i++) {
    const p = document.createElement('p');
    p.textContent = `Ticker ${i}: DAX +0,${i} %`;
    (document.body ?? document.documentElement).append(p);
    await new Promise((r) => requestAnimationFrame(r));
  }
};

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s.length ? s[s.length - 1] : NaN };
};
const fmt = (st) => `n=${st.n} p50=${st.p50?.toFixed(2)} p95=${st.p95?.toFixed(2)} max=${st.max?.toFixed(2)} ms`;

async function heapAfter(context, i) {
  const page = await context.newPage();
  await page.goto(urlOf(i), { waitUntil: 'load', timeout: 20000 }).catch(() => undefined);
  // Long enough for the idle phase (the entity engine, its indexes, the highlights) to have run; the same wait
  // without the extension.
  await page.waitForTimeout(2500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

const ext = await launchChromium({ executablePath, extension: resolve(process.env.FINLENS_EXT ?? resolve(ROOT, 'dist/chrome')), headless: true, hosts });
const runs = [], highlight = [], batches = [], longTasks = [], heapWith = [];
const stages = {};
const tasks = [];
const byStage = {};
const stagePerPage = {};
const idleTotal = [];
const longByOrigin = {};
const firstTask = [], maxHideTask = [], hideTotal = [], scriptLoad = [], engineLoad = [], earlyLoad = [], earlyWork = [];
// When the blocks were hidden, after DOMContentLoaded; and our tasks that ran on an idle timeout (the page was busy).
const hiddenAfterDcl = [], forcedTasks = [];
const earlyByTask = {};
let pagesWithArticle = 0;

/** What ran in a long task: our stages overlapping it, else the content script's load, else the page itself. */
function originOf(long, perf) {
  const end = long.at + long.ms;
  const ours = (perf?.log ?? []).filter((t) => t.at < end && t.at + t.ms > long.at).map((t) => t.stage);
  if (ours.length) return `content script: ${[...new Set(ours)].join('+')}`;
  if (perf?.startedAt != null && perf.startedAt >= long.at - 1 && perf.startedAt <= end + 1) return 'content script: load (compile + evaluate)';
  const engine = perf?.engine;
  if (engine && long.at >= engine.requestedAt - 1 && long.at <= (engine.readyAt ?? Infinity) + 1) return 'content script: entity engine load (compile + evaluate)';
  return 'page (parsing, layout, its own scripts)';
}

/** Compile + evaluation of one extension script from a CDP trace of the page load (nested events counted once). */
function scriptCost(events, file) {
  const spans = [];
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.fileName ?? '';
    if (e.ph === 'X' && String(url).includes(file) && ['EvaluateScript', 'v8.compile', 'v8.run'].includes(e.name)) spans.push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  if (!spans.length) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let us = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    us += b - Math.max(a, end);
    end = b;
  }
  return us / 1000;
}
try {
  await ext.context.addInitScript(INIT);
  for (let i = 0; i < pages.length; i++) {
    const page = await ext.context.newPage();
    let cdp = null;
    const traced = [];
    try {
      if (trace) {
        cdp = await ext.context.newCDPSession(page);
        cdp.on('Tracing.dataCollected', ({ value }) => traced.push(...value));
        await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
      }
      await page.goto(urlOf(i), { waitUntil: 'load', timeout: 20000 });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-finlens-hiding') || document.querySelector('[data-finlens-article]'), null, { timeout: 5000 }).catch(() => undefined);
      await page.evaluate(MUTATE).catch(() => undefined);
      await page.waitForTimeout(700); // let the idle highlight pass and the settled re-run happen
      const ask = () =>
        ext.sw.evaluate(async () => {
          for (const t of await chrome.tabs.query({})) {
            try {
              const s = await chrome.tabs.sendMessage(t.id, { type: 'getState' });
              if (s?.perf) return s;
            } catch {}
          }
          return null;
        });
      let state = await ask();
      // The idle phase (engine, entities, highlights) may still be running on a slow page: wait for it, up to 5 s.
      for (let waited = 0; state?.articleFound && !state.perf?.highlight?.length && waited < 5000; waited += 250) {
        await page.waitForTimeout(250);
        state = await ask();
      }
      if (cdp) {
        const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
        await cdp.send('Tracing.end');
        await done;
        const main = scriptCost(traced, 'content.iife.js');
        const early = scriptCost(traced, 'early.iife.js');
        if (early != null) earlyLoad.push(early);
        const engine = scriptCost(traced, 'engine.iife.js');
        if (main != null) scriptLoad.push(main);
        if (engine != null) engineLoad.push(engine);
        if (process.env.FINLENS_TRACE_DUMP) for (const e of traced) if (/(content|engine)\.iife\.js/.test(JSON.stringify(e.args ?? {}))) console.log(e.name, e.ph, e.dur, e.ts, e.args?.data?.url ?? e.args?.fileName);
      }
      const perf = state?.perf;
      if (perf?.log?.length) {
        // The hiding phase: the stages up to and including the marks ('mark') of the first run.
        const markAt = perf.log.findIndex((t) => t.stage === 'mark');
        const hideEnd = markAt >= 0 ? markAt : perf.log.findIndex((t) => t.stage === 'hide'); // older builds: no 'mark' stage
        const phase = perf.log.slice(0, hideEnd + 1);
        if (hideEnd >= 0) {
          const dcl = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null);
          const marked = perf.log[hideEnd];
          if (dcl != null) hiddenAfterDcl.push(marked.at + marked.ms - dcl);
          firstTask.push(phase[0].ms);
          maxHideTask.push(Math.max(...phase.map((t) => t.ms)));
          hideTotal.push(phase.reduce((a, t) => a + t.ms, 0));
        }
        for (const t of perf.log) (byStage[t.stage.replace(/:\d+$/, '')] ??= []).push(t.ms);
        forcedTasks.push(...perf.log.filter((t) => t.forced).map((t) => t.ms));
        if (perf.early) {
          earlyWork.push(perf.early.tasks.reduce((a, t) => a + t.ms, 0));
          for (const t of perf.early.tasks) (earlyByTask[t.name] ??= []).push(t.ms);
        }
        // Per page, all tasks of one stage together (sliced stages run in many tasks).
        const sums = {};
        for (const t of perf.log) sums[t.stage] = (sums[t.stage] ?? 0) + t.ms;
        for (const [k, v] of Object.entries(sums)) (stagePerPage[k] ??= []).push(v);
        const idle = perf.log.slice(hideEnd + 1);
        const lastIdle = idle.findIndex((t) => t.stage === 'highlight');
        if (hideEnd >= 0 && lastIdle >= 0) idleTotal.push(idle.slice(0, lastIdle + 1).filter((t) => !t.stage.includes('on request')).reduce((a, t) => a + t.ms, 0));
      }
      for (const long of await page.evaluate(() => window.__longTasks ?? [])) {
        if (long.ms <= 50) continue;
        const origin = originOf(long, perf);
        (longByOrigin[origin] ??= []).push(`${pages[i].id} ${long.ms.toFixed(0)} ms`);
        // --explain: our tasks around a long task of ours (which slices ran in it, and how long each took).
        if (explain && origin.startsWith('content script: ') && perf?.log) {
          const near = perf.log.filter((t) => t.at + t.ms > long.at - 20 && t.at < long.at + long.ms + 20);
          console.log(`  long task ${long.ms.toFixed(0)} ms at ${long.at.toFixed(0)} on ${pages[i].id}: ${near.map((t) => `${t.stage} @${t.at.toFixed(0)} ${t.ms.toFixed(1)} ms`).join(', ')}`);
        }
      }
      if (state?.perf) {
        runs.push(state.perf.runs[0]);
        highlight.push(...state.perf.highlight.slice(0, 1));
        batches.push(...state.perf.batches);
        tasks.push(...(state.perf.tasks ?? []));
        for (const [k, v] of Object.entries(state.perf.stages ?? {})) (stages[k] ??= []).push(v);
        if (state.articleFound) pagesWithArticle++;
      }
      longTasks.push(...(await page.evaluate(() => window.__longTasks ?? [])).map((t) => t.ms));
    } catch (e) {
      console.log(`  ${pages[i].id}: ${e.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  for (let i = 0; i < Math.min(pages.length, 15); i++) heapWith.push(await heapAfter(ext.context, i));
} finally {
  await ext.close();
}

// Baseline: the same pages, same browser, no extension.
const plain = await chromium.launch({ executablePath, args: ['--headless=new', '--no-sandbox', `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`, '--disable-features=HttpsUpgrades'] });
const heapWithout = [];
try {
  const ctx = await plain.newContext();
  for (let i = 0; i < Math.min(pages.length, 15); i++) heapWithout.push(await heapAfter(ctx, i));
} finally {
  await plain.close();
  await server.close();
}
const added = heapWith.map((h, i) => (h - heapWithout[i]) / 1024 / 1024);

console.log(`\nFinLens content script in Chromium, ${pages.length} pages (${pagesWithArticle} with an article)`);
// What runs at page load, before the browser's first idle period: the early script (the manifest's, document_start)
// and, in builds before it existed, the whole content script at document_idle (its compile and its first task).
if (earlyWork.length) console.log(`  early script (manifest, document_start), our own work per page, all its tasks: ${fmt(stats(earlyWork))}`);
for (const [k, v] of Object.entries(earlyByTask)) console.log(`    early script task ${k.padEnd(9)}                     ${fmt(stats(v))}`);
if (earlyLoad.length) console.log(`  early script (early.iife.js) compile + evaluate (trace):   ${fmt(stats(earlyLoad))}`);
console.log(`  hiding pass (walk, article, guarded choice, marks), all its tasks: ${fmt(stats(runs))}`);
console.log(`  idle highlight pass (entities + ranges):       ${fmt(stats(highlight))}`);
for (const [k, v] of Object.entries(stages)) console.log(`    core stage ${k.padEnd(9)}                         ${fmt(stats(v))}`);
console.log(`  each task of the content script:              ${fmt(stats(tasks))}, over 50 ms: ${tasks.filter((t) => t > 50).length}`);
for (const [k, v] of Object.entries(byStage)) console.log(`    tasks of stage ${k.padEnd(12)}                  ${fmt(stats(v))}`);
console.log(`  per page, all tasks of a stage together (sliced stages are many tasks):`);
for (const [k, v] of Object.entries(stagePerPage)) console.log(`    stage ${k.padEnd(21)}                  ${fmt(stats(v))}`);
console.log(`  idle phase (after the marks up to the highlights, first run): total work ${fmt(stats(idleTotal))}`);
console.log(`  hiding phase (from its first task until the blocks are hidden; the first run, script load not included):`);
console.log(`    first task:                                  ${fmt(stats(firstTask))}`);
console.log(`    largest task:                                ${fmt(stats(maxHideTask))}`);
console.log(`    total work:                                  ${fmt(stats(hideTotal))}`);
console.log(`    blocks hidden, after DOMContentLoaded:       ${fmt(stats(hiddenAfterDcl))}`);
console.log(`  tasks of ours run on the idle timeout (page busy), not in an idle period: ${forcedTasks.length} of ${tasks.length}, ${forcedTasks.reduce((a, b) => a + b, 0).toFixed(1)} ms in all`);
if (scriptLoad.length) console.log(`  content script (content.iife.js) compile + evaluate (trace; at document_idle in builds without the early script): ${fmt(stats(scriptLoad))}`);
if (engineLoad.length) console.log(`  entity engine (engine.iife.js) compile + evaluate, in idle time (trace): ${fmt(stats(engineLoad))}`);
console.log(`  mutation batches:                              ${fmt(stats(batches))}`);
console.log(`  long tasks > 50 ms on the page:                ${longTasks.filter((d) => d > 50).length} (all long tasks: ${longTasks.length})`);
for (const [origin, list] of Object.entries(longByOrigin)) console.log(`    ${list.length} from ${origin}: ${list.slice(0, 8).join(', ')}`);
console.log(`  JS heap added by the extension (${added.length} pages): ${fmt(stats(added)).replace(/ ms/g, ' MB')}`);
