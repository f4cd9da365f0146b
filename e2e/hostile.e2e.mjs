// Hostile pages in Chromium (issue 7): a page that removes and restores blocks in a loop must not make the
// extension loop with it; a page that swaps its article (single-page app) is annotated again once it settles;
// text that looks like markup or script stays text. The page's behaviour is driven from the test (main world),
// exactly as a page script would. Analyses are counted through the content script's `countsChanged` messages.
// Usage: npm run build && node e2e/hostile.e2e.mjs
import { join } from 'node:path';
import { EXIT_NO_BROWSER, FIXTURE, ROOT, checker, findChromium, logger } from './lib/env.mjs';
import { launchChromium, watchErrors } from './lib/chromium.mjs';
import { startServer } from './server.mjs';

const log = logger('hostile');
const WAIT = { timeout: 20000 };
const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found. Install: sudo apt-get install chromium');
  process.exit(EXIT_NO_BROWSER);
}
const check = checker(log);
const server = await startServer();
const browser = await launchChromium({ executablePath, extension: join(ROOT, 'dist/chrome') });
const { context, sw } = browser;
try {
  // Count analyses: every run of the content script reports its counts to the background.
  await sw.evaluate(() => {
    globalThis.__runs = 0;
    chrome.runtime.onMessage.addListener((m) => {
      if (m?.type === 'countsChanged') globalThis.__runs++;
    });
  });
  const runs = () => sw.evaluate(() => globalThis.__runs);
  const page = await context.newPage();
  const errors = await watchErrors(context, page, 'page');
  await page.goto(`${server.siteOrigin}/${FIXTURE}`);
  await page.waitForSelector('html[data-finlens-hiding] [data-finlens-article]', { state: 'attached', ...WAIT });
  await page.waitForFunction(() => CSS.highlights.size > 0, null, WAIT);

  // 1) Churn: the page removes and restores a hidden block every 50 ms for 5 s.
  const r0 = await runs();
  await page.evaluate(async () => {
    const block = document.querySelector('[data-finlens-hide]');
    const parent = block.parentNode;
    const next = block.nextSibling;
    const end = performance.now() + 5000;
    let out = false;
    while (performance.now() < end) {
      if (out) parent.insertBefore(block, next);
      else block.remove();
      out = !out;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (out) parent.insertBefore(block, next);
  });
  const churnRuns = (await runs()) - r0;
  log(`analyses: ${r0} at load, ${churnRuns} during the churn`);
  check(r0 >= 1, 'the analysis counter sees the load-time analysis', r0);
  check(churnRuns <= 3, `churning page (100 changes in 5 s) causes at most 3 re-analyses`, churnRuns);
  // Once the page is quiet, one last analysis may follow; then nothing more.
  await page.waitForTimeout(3000); // a quiet period is the thing under test: nothing to wait *for*
  const settled = await runs();
  await page.waitForTimeout(2000);
  check((await runs()) === settled, 'quiet page: no further analyses', { settled, now: await runs() });
  check(await page.evaluate(() => document.documentElement.hasAttribute('data-finlens-hiding') && !!document.querySelector('[data-finlens-hide]')),
    'after the churn the page is still annotated');

  // 2) Single-page app: the article is replaced; FinLens annotates the new one, once.
  const r1 = await runs();
  await page.evaluate(() => {
    const root = document.querySelector('[data-finlens-article]');
    const p = root.querySelector('p');
    const fresh = document.createElement('p');
    fresh.textContent = 'Siemens-Chef Roland Busch kündigte am Dienstag an, dass die Siemens AG ihre Prognose bestätigt.';
    p.replaceWith(fresh);
  });
  const rerun = await page
    .waitForFunction(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString().includes('Siemens'))), null, WAIT)
    .then(() => true, () => false);
  const spaRuns = (await runs()) - r1;
  log(`analyses after the article swap: ${spaRuns}`);
  check(rerun, 'swapped article text is highlighted again (Siemens)');
  check(spaRuns >= 1 && spaRuns <= 2, 'swapped article: analysed again once', spaRuns);

  // 3) Markup in text: entity-like names next to markup and script stay text; nothing runs, no element appears.
  await page.evaluate(() => {
    globalThis.__pwned = 0;
    const root = document.querySelector('[data-finlens-article]');
    const p = document.createElement('p');
    p.textContent = 'Die Meta Platforms <img src=x onerror="__pwned=1"> Aktie </style><script>__pwned=2</script> und javascript:__pwned=3 Mark Zuckerberg.';
    root.append(p);
  });
  const before = await page.evaluate(() => document.querySelectorAll('img, script').length);
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => r.startContainer.parentElement?.textContent.includes('onerror'))), null, WAIT)
    .catch(() => undefined);
  const after = await page.evaluate(() => ({ pwned: globalThis.__pwned, n: document.querySelectorAll('img, script').length }));
  check(after.pwned === 0 && after.n === before, 'markup and script in page text stay text (nothing runs, no element added)', after);
  await page.hover('[data-finlens-article] p:last-of-type');
  check(await page.evaluate(() => globalThis.__pwned === 0), 'hover card over that text runs nothing');
  check(errors.length === 0, 'no uncaught errors or FinLens failure logs', errors);
} catch (e) {
  check(false, 'hostile run', e?.stack ?? String(e));
} finally {
  await browser.close();
  await server.close();
}
log(check.summary());
if (check.failures.length) {
  console.error('FAIL hostile e2e:\n - ' + check.failures.join('\n - '));
  process.exit(1);
}
log(`PASS hostile e2e (${(log.elapsed() / 1000).toFixed(1)} s)`);
