// The development corpus in real Chromium with the extension (issue 7): every page of
// ../shared/corpus/extraction/{trafilatura-dev,wcxb-dev-articles} served from 127.0.0.1 under a supported host name.
// Per page: uncaught errors from the extension, page text lost apart from hidden blocks (text, links and forms
// compared with the same page opened where the extension does not run), whether running the content script a second time changes anything,
// and time. Reports pages / errors / text lost / not idempotent and p50/p95/max; exits 1 on any finding.
// Usage: node e2e/corpus.e2e.mjs [--limit=N] [--set=trafilatura-dev|wcxb-dev-articles] [--host=www.boerse-online.de]
//        [--json=e2e-output/corpus.json] [--ext=dist/chrome] [--rerun=<an earlier --json file>]   (--ext: a copy of the build, safe from rebuilds during a long run)
// Page scripts are blocked (CSP script-src 'none'): the saved pages can't reach their servers anyway, and a
// page's own scripts would change its text, which would hide what the extension did.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_NO_BROWSER, OUT, ROOT, ensureOut, findChromium, logger } from './lib/env.mjs';
import { launchChromium, watchErrors } from './lib/chromium.mjs';
import { pageText } from './lib/page-checks.mjs';
import { startServer } from './server.mjs';

const log = logger('corpus');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const CORPUS = resolve(ROOT, '../shared/corpus/extraction');
const SETS = (arg('set') ?? 'trafilatura-dev,wcxb-dev-articles').split(',');
// A supported host whose site profile has only narrow selectors, so the generic detection does the work.
const HOST = arg('host') ?? 'www.boerse-online.de';
const LIMIT = Number(arg('limit') ?? Infinity);
const PAGE_TIMEOUT = 30000;

if (!existsSync(CORPUS)) {
  console.log(`corpus e2e: ${CORPUS} not found (it is shared evaluation data, outside the repository); nothing to do.`);
  process.exit(0);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found. Install: sudo apt-get install chromium');
  process.exit(EXIT_NO_BROWSER);
}

// Pages, spread evenly over the sets when limited.
let cases = SETS.flatMap((set) =>
  JSON.parse(readFileSync(join(CORPUS, set, 'cases.json'), 'utf8')).map((c) => ({ set, id: c.id, file: join(CORPUS, set, c.file) })),
);
// --rerun=<results.json>: only the pages that had findings in an earlier run.
if (arg('rerun')) {
  const earlier = JSON.parse(readFileSync(resolve(arg('rerun')), 'utf8')).results.filter(isFinding).map((r) => `${r.set}/${r.id}`);
  const keep = new Set(earlier);
  cases = cases.filter((c) => keep.has(`${c.set}/${c.id}`));
}
const step = Number.isFinite(LIMIT) && LIMIT < cases.length ? cases.length / LIMIT : 1;
const pages = Number.isFinite(LIMIT) ? Array.from({ length: Math.min(LIMIT, cases.length) }, (_, i) => cases[Math.floor(i * step)]) : cases;
const byPath = new Map(pages.map((p) => [`/${p.set}/${p.id}`, p.file])); // the server hands over decoded paths

const server = await startServer({
  hosts: [HOST],
  resolvePath: (path) => byPath.get(path) ?? null,
  htmlType: 'text/html', // no charset: the browser decodes as it would the original (BOM, <meta charset>, default)
  headersFor: () => ({ 'content-security-policy': "script-src 'none'; object-src 'none'" }),
});
const origin = `http://${HOST}:${server.port}`;
const browser = await launchChromium({ executablePath, extension: resolve(arg('ext') ?? join(ROOT, 'dist/chrome')), hosts: [HOST] });
const { context, sw } = browser;
const foreign = new Set();
// Saved pages point at their CDNs: those requests never leave the machine (aborted here, counted).
const local = new Set([`${HOST}:${server.port}`, `127.0.0.1:${server.port}`]);
await context.route((url) => url.protocol.startsWith('http') && !local.has(url.host), (route) => {
  foreign.add(new URL(route.request().url()).host);
  return route.abort('blockedbyclient');
});
// The same page under 127.0.0.1, where the content script does not run: the reference for "text unchanged"
// (same parser, same scripting flag, so <noscript> and friends parse alike).
const twin = await context.newPage();
const page = await context.newPage();
const errors = await watchErrors(context, page, 'page');
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const scriptSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
// When the content script's first pass marked the page, relative to DOMContentLoaded (set before any page code
// runs). The early script sets data-finlens-hiding at document_start together with the pre-hide; the first pass
// ends the pre-hide once its marks are set, so "marked" is: hiding on and the pre-hide over.
await page.addInitScript(() => {
  const t = (globalThis.__finlensE2E = { dcl: null, marked: null });
  document.addEventListener('DOMContentLoaded', () => (t.dcl = performance.now()), { once: true });
  new MutationObserver((_, obs) => {
    const html = document.documentElement;
    if (html?.hasAttribute('data-finlens-hiding') && !html.hasAttribute('data-finlens-prehide')) {
      t.marked = performance.now();
      obs.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-finlens-hiding', 'data-finlens-prehide'] });
});

/** Waits until the content script in the tab has finished a run's idle phase (its perf log has a highlight pass). */
async function idlePhaseDone(id) {
  const deadline = Date.now() + PAGE_TIMEOUT;
  while (Date.now() < deadline) {
    const state = await sw.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'getState' }).catch(() => null), id);
    if (state?.perf?.highlight?.length) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the idle phase (entities, highlights) did not finish');
}

const results = [];
let tabId = null;
for (const [i, p] of pages.entries()) {
  const url = `${origin}/${p.set}/${encodeURIComponent(p.id)}`;
  const r = { set: p.set, id: p.id, loaded: false, annotated: false, errors: [], textLost: false, linksLost: false, idempotent: null };
  errors.length = 0;
  try {
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
    r.loaded = response?.status() === 200;
    if (!r.loaded) throw new Error(`HTTP ${response?.status()}`);
    r.annotated = await page
      .waitForFunction(() => globalThis.__finlensE2E?.marked != null, null, { timeout: PAGE_TIMEOUT })
      .then(() => true, () => false);
    // The renderer's counters restart with each document: this is the page's script time so far, nearly all of it
    // the content script's (page scripts are blocked; our own probes are tiny).
    r.scriptMs = (await scriptSeconds()) * 1000;
    const t = await page.evaluate(() => globalThis.__finlensE2E);
    r.latencyMs = t.marked != null && t.dcl != null ? t.marked - t.dcl : null;
    await twin.goto(`${server.origin}/${p.set}/${encodeURIComponent(p.id)}`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
    const [plain, live] = [await twin.evaluate(pageText), await page.evaluate(pageText)];
    r.textLost = plain.text !== live.text;
    r.linksLost = plain.links !== live.links || plain.forms !== live.forms;
    if (r.textLost) r.firstDifference = firstDifference(plain.text, live.text);
    if (r.linksLost) r.linksForms = { links: [plain.links, live.links], forms: [plain.forms, live.forms] };
    if (r.annotated) {
      tabId ??= await sw.evaluate(async (o) => (await chrome.tabs.query({})).find((x) => x.url?.startsWith(o))?.id ?? null, origin);
      // The hiding marks come first; entities and highlights follow in idle slices: compare only finished runs.
      await idlePhaseDone(tabId);
      const before = await page.evaluate(snapshot);
      // Run the content script again, as "enable on this site" or an extension update would.
      await page.evaluate(() => {
        globalThis.__finlensE2E.marked = null;
        document.documentElement.removeAttribute('data-finlens-hiding');
        new MutationObserver((_, obs) => {
          if (document.documentElement.hasAttribute('data-finlens-hiding')) {
            globalThis.__finlensE2E.marked = performance.now();
            obs.disconnect();
          }
        }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-finlens-hiding'] });
      });
      await sw.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['src/content/content.iife.js'] }), tabId);
      await page.waitForFunction(() => globalThis.__finlensE2E.marked != null, null, { timeout: PAGE_TIMEOUT });
      await idlePhaseDone(tabId);
      const after = await page.evaluate(snapshot);
      r.idempotent = JSON.stringify(before) === JSON.stringify(after);
      if (!r.idempotent) r.secondRun = { before: summary(before), after: summary(after) };
      r.hidden = before.marks.length;
    }
  } catch (e) {
    r.failure = String(e?.message ?? e).split('\n')[0];
  }
  r.errors = [...errors];
  results.push(r);
  if ((i + 1) % 25 === 0 || i === pages.length - 1) log(`${i + 1}/${pages.length} pages`);
}
await browser.close();
await server.close();

// ---- report
const pct = (xs, q) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] : NaN);
const stats = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return `p50 ${pct(s, 0.5).toFixed(1)} ms, p95 ${pct(s, 0.95).toFixed(1)} ms, max ${s.at(-1)?.toFixed(1)} ms (n=${s.length})`;
};
const count = (f) => results.filter(f).length;
const findings = results.filter(isFinding);
console.log(`\ncorpus e2e on ${HOST} (Chromium ${executablePath})`);
console.log(`  pages                 ${results.length} (${SETS.join(', ')})`);
console.log(`  loaded / annotated    ${count((r) => r.loaded)} / ${count((r) => r.annotated)}`);
console.log(`  extension errors      ${count((r) => r.errors.length)} pages`);
console.log(`  text lost             ${count((r) => r.textLost)} pages; links or forms lost: ${count((r) => r.linksLost)}`);
console.log(`  second run changed    ${count((r) => r.idempotent === false)} pages (of ${count((r) => r.idempotent !== null)} run twice)`);
console.log(`  pages with hidden blocks ${count((r) => r.hidden > 0)}, blocks hidden ${results.reduce((n, r) => n + (r.hidden ?? 0), 0)}`);
console.log(`  script time per page  ${stats(results.map((r) => r.scriptMs))}  (all scripts in the tab; page scripts blocked)`);
console.log(`  DOMContentLoaded -> annotated  ${stats(results.map((r) => r.latencyMs))}  (includes the wait for idle periods)`);
console.log(`  requests to other hosts aborted: ${foreign.size} hosts (from the saved pages' markup)`);
for (const r of findings.slice(0, 30)) console.log('  finding:', JSON.stringify(r).slice(0, 400));
await ensureOut();
const jsonPath = resolve(arg('json') ?? join(OUT, 'corpus.json'));
await writeFile(jsonPath, JSON.stringify({ host: HOST, results }, null, 1));
console.log(`  per-page results: ${jsonPath}`);
process.exit(findings.length ? 1 : 0);

function isFinding(r) {
  return !r.loaded || !r.annotated || r.errors.length > 0 || r.textLost || r.linksLost || r.idempotent === false || Boolean(r.failure);
}

/** What FinLens changed, comparable between two runs. */
function snapshot() {
  const marks = [...document.querySelectorAll('[data-finlens-hide]')].map((el) => `${el.tagName}:${el.getAttribute('data-finlens-hide')}`);
  const article = document.querySelector('[data-finlens-article]');
  const highlights = {};
  for (const [name, hl] of CSS.highlights) highlights[name] = [...hl].map((range) => range.toString());
  return {
    article: article ? `${article.tagName}.${article.className}` : null,
    articles: document.querySelectorAll('[data-finlens-article]').length,
    marks,
    highlights,
    wrappers: document.querySelectorAll('finlens-mention').length,
    hovercards: document.querySelectorAll('finlens-hovercard').length,
    text: document.body?.textContent.length ?? 0,
  };
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { at: i, without: a.slice(i, i + 60), with: b.slice(i, i + 60), lengths: [a.length, b.length] };
}

function summary(s) {
  return { article: s.article, articles: s.articles, marks: s.marks.length, hl: Object.fromEntries(Object.entries(s.highlights).map(([k, v]) => [k, v.length])), wrappers: s.wrappers, hovercards: s.hovercards, text: s.text };
}
