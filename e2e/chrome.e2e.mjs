// Real-browser e2e in Chromium (playwright-core + Debian chromium, headless=new) with dist/chrome unpacked.
// Usage: npm run build && node e2e/chrome.e2e.mjs [--update-docs]   (env: CHROME_PATH, E2E_OUT, HEADED=1)
// Exit: 0 pass, 1 fail, 3 no Chromium found (e2e/run.mjs decides whether that is a skip or a failure).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_NO_BROWSER, FIXTURE, ROOT, TRUTH, checker, ensureOut, findChromium, isAllowedRequest, isBrowserOwnHost, logger } from './lib/env.mjs';
import { launchChromium, tabIdForHost, watchErrors } from './lib/chromium.mjs';
import { blocksVisible, compareWithRawHtml, inspectPage, probePrehide } from './lib/page-checks.mjs';
import { NAMED_BLOCKS, checkAnnotated, checkPrehide, checkTextIntact, hiddenSummary } from './lib/assertions.mjs';
import { copyDocShots, wantDocs } from './lib/shots.mjs';
import { SITE_HOST, startServer } from './server.mjs';

const log = logger('chrome');
const EXT = join(ROOT, 'dist/chrome');
const WAIT = { timeout: 20000 }; // 2 shared cores: generous, but every wait is for a condition, never a sleep

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found (tried CHROME_PATH, /usr/bin/chromium, chromium-browser). Install: sudo apt-get install chromium');
  process.exit(EXIT_NO_BROWSER);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error('dist/chrome/manifest.json missing: run `npm run build` first.');
  process.exit(1);
}

const out = await ensureOut();
const check = checker(log);
const server = await startServer();
const requests = [];
const browser = await launchChromium({ executablePath, extension: EXT, headless: process.env.HEADED !== '1', proxyPort: server.port });
const { context, sw } = browser;
context.on('request', (r) => requests.push(r.url()));
// The service worker's own errors and FinLens warnings (the background logs failures with a "FinLens:" prefix).
const swErrors = [];
sw.on('console', (m) => {
  if (m.type() === 'error' || m.text().startsWith('FinLens:')) swErrors.push(`service worker console.${m.type()}: ${m.text()}`);
});
log('launched', executablePath, 'extension id', browser.extensionId);

try {
  // 1) The fixture under a supported host name: the content script annotates it.
  const page = await context.newPage();
  const pageErrors = await watchErrors(context, page, 'page');
  // When the early script switched the pre-hide on and when the first pass handed over (the page's view of <html>).
  await page.addInitScript(() => {
    window.__prehide = { on: null, off: null };
    // <html> does not exist yet when this runs: observe the document.
    new MutationObserver(() => {
      const t = performance.now();
      if (document.documentElement?.hasAttribute('data-finlens-prehide')) window.__prehide.on ??= t;
      else if (window.__prehide.on != null) window.__prehide.off ??= t;
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-finlens-prehide'] });
  });
  const url = `${server.siteOrigin}/${FIXTURE}`;
  await page.goto(url);
  await page.waitForSelector('html[data-finlens-hiding] [data-finlens-article]', { state: 'attached', ...WAIT });
  await page.waitForFunction(() => CSS.highlights.size > 0 || document.querySelector('finlens-mention'), null, WAIT);
  const state = await page.evaluate(inspectPage, TRUTH);
  log('hidden blocks:', JSON.stringify(hiddenSummary(state)));
  checkAnnotated(check, state);
  checkTextIntact(check, await page.evaluate(compareWithRawHtml));
  const prehide = await page.evaluate(() => window.__prehide);
  check(prehide.on != null && prehide.off > prehide.on, 'pre-hide switched on at load, then handed over to the marks', prehide);
  checkPrehide(check, await page.evaluate(probePrehide, 'bnBanner-probe'));
  await page.setViewportSize({ width: 1200, height: 1250 }); // tall enough for the first highlighted paragraphs
  await page.screenshot({ path: join(out, 'chrome-page-hidden-highlighted.png') });

  // 2) Badge = number of hidden blocks in that tab.
  const tabId = await tabIdForHost(sw, SITE_HOST);
  check(tabId != null, 'service worker finds the fixture tab through getState', tabId);
  const pageState = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getState' }), tabId);
  const total = pageState.counts.ad + pageState.counts.leverage + pageState.counts.promo;
  check(total >= 3, 'getState counts the hidden blocks', pageState.counts);
  // The entity engine came as a second script (the highlights prove it ran), and it is not a web-accessible
  // resource: a page cannot fetch it to detect the extension.
  check(pageState.perf?.engine?.readyAt != null && pageState.entities.length > 0, 'entity engine loaded in idle time as a second script', { engine: pageState.perf?.engine, entities: pageState.entities.length, perfKeys: Object.keys(pageState.perf ?? {}) });
  for (const file of ['engine.iife.js', 'content.iife.js']) {
    const fetched = await page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, (e) => `refused: ${e.message}`), `chrome-extension://${browser.extensionId}/src/content/${file}`);
    check(fetched.startsWith('refused'), `the page cannot fetch ${file} (no web_accessible_resources)`, fetched);
  }
  const badge = () => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  check(await waitValue(badge, String(total)), `badge shows the hidden count (${total})`, await badge());

  // 3) The popup (as a tab, ?tabId=) shows the card.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await context.newPage();
  const popupErrors = await watchErrors(context, popup, 'popup');
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.popupUrl(tabId));
  await popup.getByTestId('summary-card').waitFor(WAIT);
  const headline = await popup.getByTestId('card-headline').textContent();
  check(headline === TRUTH.headline, 'popup card headline', headline);
  const instruments = await popup.getByTestId('card-instruments').textContent().catch(() => '');
  check(/Meta Platforms/.test(instruments) && /644,23/.test(instruments), 'popup card instruments: Meta Platforms 644,23', instruments);
  const people = await popup.getByTestId('card-people').textContent().catch(() => '');
  check(people.includes('Mark Zuckerberg'), 'popup card people: Mark Zuckerberg', people.slice(0, 120));
  const counts = await popup.getByTestId('hidden-counts').textContent();
  check(/\d/.test(counts), 'popup shows the hidden counts', counts);
  await popup.screenshot({ path: join(out, 'chrome-popup.png'), fullPage: true });

  // 4) The hide-site switch shows the blocks again live, and hides them again.
  const before = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  const hideSite = popup.getByTestId('hide-site');
  check(await hideSite.isChecked(), 'hide-site switch is on');
  await hideSite.click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-finlens-hiding'), null, WAIT);
  const shown = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  check(shown.every(Boolean), 'switch off: ad, leverage widget, small print, k.A. widget visible again', shown);
  check(await waitValue(badge, ''), 'switch off: badge cleared', await badge());
  await hideSite.click();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-finlens-hiding'), null, WAIT);
  const hiddenAgain = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  check(hiddenAgain.join() === before.join(), 'switch on: the same blocks hidden again', { before, after: hiddenAgain });
  check(await waitValue(badge, String(total)), 'switch on: badge back to the count', await badge());

  // 5) "Show what was hidden": outlined instead of removed (README screenshot).
  await popup.getByTestId('reveal-hidden').click();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-finlens-reveal'), null, WAIT);
  const revealed = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  check(revealed.every(Boolean), 'reveal mode: hidden blocks shown outlined', revealed);
  await page.bringToFront();
  await page.screenshot({ path: join(out, 'chrome-page-revealed.png') });
  await popup.bringToFront();
  await popup.getByTestId('reveal-hidden').click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-finlens-reveal'), null, WAIT);

  // 6) Copy buttons: Markdown as text; the rich copy puts text/html AND text/plain on the clipboard.
  const readText = () => popup.evaluate(() => navigator.clipboard.readText());
  await popup.getByTestId('copy-markdown').click();
  await popup.waitForFunction(() => document.querySelector('[data-testid=copy-status]')?.textContent, null, WAIT);
  const md = await readText();
  check(md.includes(TRUTH.headline) && /^#|\n#|\*\*/.test(md), 'copy Markdown: clipboard holds the card as Markdown', md.slice(0, 80));
  await popup.evaluate(() => navigator.clipboard.writeText('finlens-e2e-sentinel'));
  await popup.getByTestId('copy-html').click();
  const rich = await waitValueFn(() => popup.evaluate(readRichClipboard), (r) => r.types.includes('text/html'));
  check(rich.types.includes('text/html') && rich.types.includes('text/plain'), 'rich copy: text/html and text/plain on the clipboard', rich.types);
  check(rich.html.includes(TRUTH.headline) && /<[a-z]/i.test(rich.html), 'rich copy: HTML holds the headline', rich.html.slice(0, 80));
  check(rich.text.includes(TRUTH.headline) && !/<[a-z]/i.test(rich.text), 'rich copy: plain text twin without markup', rich.text.slice(0, 80));
  await popup.getByTestId('copy-json').click();
  const json = await waitValueFn(readText, (t) => t.trim().startsWith('{'));
  check(safeJson(json)?.headline === TRUTH.headline, 'copy JSON: parses, headline', json.slice(0, 80));

  // 7) Context menu / keyboard path: the background copies through its offscreen document.
  await popup.evaluate(() => navigator.clipboard.writeText('finlens-e2e-sentinel'));
  const copied = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'copyCard', tabId: id }), tabId);
  check(copied === true, 'background copyCard answers true', copied);
  const bg = await waitValueFn(readText, (t) => t !== 'finlens-e2e-sentinel', 10000);
  check(bg.includes(TRUTH.headline), 'background copy (menu/shortcut path): clipboard holds the card', bg.slice(0, 80));

  // 8) A page with a strict Content-Security-Policy still gets hiding and highlights.
  const csp = await context.newPage();
  const cspErrors = await watchErrors(context, csp, 'csp page');
  const cspResponse = await csp.goto(`${server.siteOrigin}/csp/${FIXTURE}`);
  check(/default-src 'none'/.test(cspResponse?.headers()['content-security-policy'] ?? ''), 'strict CSP page served with its header');
  const cspOk = await csp
    .waitForFunction(() => document.querySelector('html[data-finlens-hiding] [data-finlens-article]') && CSS.highlights.size > 0, null, WAIT)
    .then(() => true, () => false);
  const cspState = await csp.evaluate(inspectPage, TRUTH);
  check(cspOk && cspState.highlights.person?.includes('Mark Zuckerberg'), 'strict CSP page: article marked and entities highlighted', cspState.highlightMode);
  const cspHidden = await csp.evaluate(blocksVisible, NAMED_BLOCKS);
  check(cspHidden.every((v) => !v), 'strict CSP page: ad, leverage widget, small print, k.A. widget hidden', cspHidden);
  await csp.close();

  // 9) Nothing broke, nothing left the machine.
  await page.bringToFront();
  const errors = [...pageErrors, ...popupErrors, ...cspErrors, ...swErrors];
  check(errors.length === 0, 'no uncaught errors or FinLens failure logs in page, popup or service worker', errors);
  const foreign = requests.filter((u) => !isAllowedRequest(u, server.port));
  check(foreign.length === 0, `no network request beyond the local server (${requests.length} recorded)`, foreign);
  log('requests:', JSON.stringify([...new Set(requests.map((u) => u.replace(/^([a-z-]+:\/\/[^/]+\/).*$/, '$1')))]));
  // The server is also the browser's proxy: it sees requests of every context, Chromium's own included.
  const own = [...new Set(server.foreign().filter((r) => isBrowserOwnHost(r.host)).map((r) => r.host))];
  if (own.length) log('note: Chromium itself tried (refused by the proxy):', own.join(', '));
  const proxied = server.foreign().filter((r) => !isBrowserOwnHost(r.host)).map((r) => `${r.method} ${r.url}`);
  check(proxied.length === 0, `no request through the proxy to another host (${server.requests.length} seen)`, proxied);
  const serverHosts = [...new Set(server.requests.map((r) => r.host))];
  log('server saw', server.requests.length, 'requests, hosts', serverHosts.join(', '));
} catch (e) {
  check(false, 'e2e run', e?.stack ?? String(e));
} finally {
  await browser.close();
  await server.close();
}

// README screenshots show the extension working: not copied when the plumbing failed ([core] findings are shown as is).
if (wantDocs()) {
  if (check.failures.every((f) => f.startsWith('[core]'))) await copyDocShots(log);
  else log('docs/screenshots not updated: the run failed');
}
log(check.summary());
if (check.failures.length) {
  console.error(`FAIL chrome e2e (${(log.elapsed() / 1000).toFixed(1)} s):\n - ` + check.failures.join('\n - '));
  process.exit(1);
}
log(`PASS chrome e2e (${(log.elapsed() / 1000).toFixed(1)} s)`);

async function waitValue(fn, expected, timeout = 15000) {
  const v = await waitValueFn(fn, (x) => x === expected, timeout).catch(() => undefined);
  return v === expected;
}

/** Polls fn until accept(value); returns the last value either way (the check that follows reports it). */
async function waitValueFn(fn, accept, timeout = 15000) {
  const end = Date.now() + timeout;
  let v;
  for (;;) {
    v = await fn().catch((e) => e);
    if (!(v instanceof Error) && accept(v)) return v;
    if (Date.now() > end) return v instanceof Error ? { types: [], html: '', text: '', error: v.message } : v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readRichClipboard() {
  const items = await navigator.clipboard.read();
  const out = { types: [], html: '', text: '' };
  for (const item of items) {
    out.types.push(...item.types);
    if (item.types.includes('text/html')) out.html = await (await item.getType('text/html')).text();
    if (item.types.includes('text/plain')) out.text = await (await item.getType('text/plain')).text();
  }
  return out;
}

function safeJson(s) {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
