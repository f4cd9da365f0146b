// Real-browser e2e in Firefox (puppeteer-core + firefox-esr over WebDriver BiDi), dist/firefox as a temporary add-on.
// Usage: npm run build && node e2e/firefox.e2e.mjs   (env: FIREFOX, E2E_OUT, HEADED=1)
// Exit: 0 pass, 1 fail, 3 no Firefox found (e2e/run.mjs decides whether that is a skip or a failure).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_NO_BROWSER, FIXTURE, ROOT, TRUTH, checker, ensureOut, findFirefox, isBrowserOwnHost, logger } from './lib/env.mjs';
import { launchFirefox, openExtensionPage } from './lib/firefox.mjs';
import { blocksVisible, compareWithRawHtml, inspectPage, probePrehide } from './lib/page-checks.mjs';
import { NAMED_BLOCKS, checkAnnotated, checkPrehide, checkTextIntact, hiddenSummary } from './lib/assertions.mjs';
import { SITE_HOST, startServer } from './server.mjs';

const log = logger('firefox');
const EXT = join(ROOT, 'dist/firefox');
const WAIT = { timeout: 20000 };

const executablePath = findFirefox();
if (!executablePath) {
  console.error('Firefox not found (tried FIREFOX, /usr/lib/firefox-esr/firefox-esr, firefox). Install: sudo apt-get install firefox-esr');
  process.exit(EXIT_NO_BROWSER);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error('dist/firefox/manifest.json missing: run `npm run build` first.');
  process.exit(1);
}

const out = await ensureOut();
const check = checker(log);
const server = await startServer();
const ff = await launchFirefox({ executablePath, extension: EXT, proxyPort: server.port, headless: process.env.HEADED !== '1' });
const { browser } = ff;
log('launched', await browser.version(), 'extension', ff.extensionId);
const errors = [];

try {
  // 1) The fixture under a supported host name: the content script annotates it.
  const page = await browser.newPage();
  watchErrors(page, 'page');
  await page.goto(`${server.siteOrigin}/${FIXTURE}`);
  await page.waitForSelector('html[data-finlens-hiding] [data-finlens-article]', WAIT);
  await page.waitForFunction(() => (CSS.highlights?.size ?? 0) > 0 || document.querySelector('finlens-mention'), WAIT);
  const state = await page.evaluate(inspectPage, TRUTH);
  log('hidden blocks:', JSON.stringify(hiddenSummary(state)), 'highlights via', state.highlightMode);
  checkAnnotated(check, state);
  checkTextIntact(check, await page.evaluate(compareWithRawHtml));
  checkPrehide(check, await page.evaluate(probePrehide, 'bnBanner-probe'));
  await page.screenshot({ path: join(out, 'firefox-page-hidden-highlighted.png') });

  // 2) The popup page in a tab; it finds the fixture tab itself.
  const popup = await browser.newPage();
  watchErrors(popup, 'popup');
  await popup.setViewport({ width: 380, height: 600 });
  await openExtensionPage(popup, `${ff.base}/src/popup/index.html`);
  const tabId = await popup.evaluate(async (host) => {
    for (const t of await browser.tabs.query({})) {
      try {
        if ((await browser.tabs.sendMessage(t.id, { type: 'getState' }))?.host === host) return t.id;
      } catch {
        /* no content script there */
      }
    }
    return null;
  }, SITE_HOST);
  check(tabId != null, 'extension page finds the fixture tab through getState', tabId);
  await openExtensionPage(popup, `${ff.base}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid=summary-card]', WAIT);
  const text = (sel) => popup.$eval(sel, (el) => el.textContent).catch(() => '');
  check((await text('[data-testid=card-headline]')) === TRUTH.headline, 'popup card headline', await text('[data-testid=card-headline]'));
  check(/Meta Platforms[\s\S]*644,23/.test(await text('[data-testid=card-instruments]')), 'popup card instruments: Meta Platforms 644,23');
  check((await text('[data-testid=card-people]')).includes('Mark Zuckerberg'), 'popup card people: Mark Zuckerberg');

  // 3) Badge, set by the background event page from the content script's counts.
  const pageState = await popup.evaluate((id) => browser.tabs.sendMessage(id, { type: 'getState' }), tabId);
  const total = pageState.counts.ad + pageState.counts.leverage + pageState.counts.promo;
  const badgeIs = (expected) =>
    popup.waitForFunction(async (id, e) => (await browser.action.getBadgeText({ tabId: id })) === e, WAIT, tabId, expected)
      .then(() => true, () => false);
  check(total >= 3 && (await badgeIs(String(total))), `badge shows the hidden count (${total})`, pageState.counts);
  await popup.screenshot({ path: join(out, 'firefox-popup.png') });

  // 4) The hide-site switch shows the blocks again live, and hides them again.
  const before = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  check(await popup.$eval('[data-testid=hide-site]', (el) => el.checked), 'hide-site switch is on');
  await popup.click('[data-testid=hide-site]');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-finlens-hiding'), WAIT);
  const shown = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  check(shown.every(Boolean), 'switch off: ad, leverage widget, small print, k.A. widget visible again', shown);
  check(await badgeIs(''), 'switch off: badge cleared');
  await popup.click('[data-testid=hide-site]');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-finlens-hiding'), WAIT);
  const again = await page.evaluate(blocksVisible, NAMED_BLOCKS);
  check(again.join() === before.join(), 'switch on: the same blocks hidden again', { before, after: again });
  check(await badgeIs(String(total)), 'switch on: badge back to the count');

  // 5) Copy buttons. Firefox lets a moz-extension page read the clipboard back.
  const readText = () => popup.evaluate(() => navigator.clipboard.readText());
  const sentinel = () => popup.evaluate(() => navigator.clipboard.writeText('finlens-e2e-sentinel'));
  const clipboardChanged = () =>
    popup.waitForFunction(async () => (await navigator.clipboard.readText()) !== 'finlens-e2e-sentinel', WAIT).then(() => true, () => false);
  await sentinel();
  await popup.click('[data-testid=copy-markdown]');
  await clipboardChanged();
  const md = await readText();
  check(md.includes(TRUTH.headline), 'copy Markdown: clipboard holds the card', md.slice(0, 80));
  await sentinel();
  await popup.click('[data-testid=copy-html]');
  await clipboardChanged();
  const rich = await popup.evaluate(async () => {
    try {
      const out = { types: [], html: '', text: '' };
      for (const item of await navigator.clipboard.read()) {
        out.types.push(...item.types);
        if (item.types.includes('text/html')) out.html = await (await item.getType('text/html')).text();
        if (item.types.includes('text/plain')) out.text = await (await item.getType('text/plain')).text();
      }
      return out;
    } catch (e) {
      return { error: String(e) };
    }
  });
  if (rich.error) log('note: navigator.clipboard.read() not allowed here:', rich.error);
  else {
    check(rich.types.includes('text/html') && rich.types.includes('text/plain'), 'rich copy: text/html and text/plain on the clipboard', rich.types);
    check(rich.html.includes(TRUTH.headline), 'rich copy: HTML holds the headline', rich.html.slice(0, 80));
  }

  // 6) Context menu / keyboard path: the background event page writes the clipboard itself.
  await sentinel();
  const copied = await popup.evaluate((id) => browser.runtime.sendMessage({ type: 'copyCard', tabId: id }), tabId);
  check(copied === true, 'background copyCard answers true', copied);
  await clipboardChanged();
  const bg = await readText();
  check(bg.includes(TRUTH.headline), 'background copy (menu/shortcut path): clipboard holds the card', bg.slice(0, 80));

  // 7) A page with a strict Content-Security-Policy still gets hiding and highlights.
  const csp = await browser.newPage();
  watchErrors(csp, 'csp page');
  const cspResponse = await csp.goto(`${server.siteOrigin}/csp/${FIXTURE}`);
  check(/default-src 'none'/.test(cspResponse?.headers()['content-security-policy'] ?? ''), 'strict CSP page served with its header');
  const cspOk = await csp
    .waitForFunction(() => document.querySelector('html[data-finlens-hiding] [data-finlens-article]') && (CSS.highlights?.size > 0 || document.querySelector('finlens-mention')), WAIT)
    .then(() => true, () => false);
  const cspState = await csp.evaluate(inspectPage, TRUTH);
  check(cspOk && cspState.highlights.person?.includes('Mark Zuckerberg'), 'strict CSP page: article marked and entities highlighted', cspState.highlightMode);
  const cspHidden = await csp.evaluate(blocksVisible, NAMED_BLOCKS);
  check(cspHidden.every((v) => !v), 'strict CSP page: ad, leverage widget, small print, k.A. widget hidden', cspHidden);
  await csp.close();

  // 8) Nothing broke, nothing left the machine (the server is the browser's proxy: it sees every request).
  check(errors.length === 0, 'no uncaught errors or FinLens failure logs in page or popup', errors);
  // Firefox's own services (remote settings keep trying despite the pref) are the browser's, not the extension's:
  // logged, not failed. Any other host fails.
  const browserOwn = (r) => isBrowserOwnHost(r.host);
  const foreign = server.foreign().filter((r) => !browserOwn(r));
  const own = [...new Set(server.foreign().filter(browserOwn).map((r) => r.host))];
  if (own.length) log('note: Firefox itself tried (refused by the proxy):', own.join(', '));
  check(foreign.length === 0, `no network request beyond the local server (${server.requests.length} through the proxy)`, foreign.map((r) => `${r.method} ${r.url}`));
} catch (e) {
  check(false, 'e2e run', e?.stack ?? String(e));
} finally {
  await ff.close();
  await server.close();
}

log(check.summary());
if (check.failures.length) {
  console.error(`FAIL firefox e2e (${(log.elapsed() / 1000).toFixed(1)} s):\n - ` + check.failures.join('\n - '));
  process.exit(1);
}
log(`PASS firefox e2e (${(log.elapsed() / 1000).toFixed(1)} s)`);

function watchErrors(p, label) {
  p.on('pageerror', (e) => {
    // Firefox reports the strict-CSP page's own blocked styles and images as page errors: the page's, not ours.
    if (/^Content-Security-Policy:/.test(e.message) && !/moz-extension/.test(e.message)) return log(`note: ${label}: ${e.message.slice(0, 110)}`);
    errors.push(`${label} pageerror: ${e.message}`);
  });
  p.on('console', (m) => {
    if (m.text().startsWith('FinLens:') || (m.type() === 'error' && /moz-extension/.test(m.text()))) errors.push(`${label} console: ${m.text()}`);
  });
}
