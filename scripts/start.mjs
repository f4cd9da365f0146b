// `npm start`: builds the extension, then opens a browser with it on the bundled sample page.
//  - With a display ($DISPLAY): a browser window (Chromium, else Firefox) that stays until you close it.
//  - Without a display: headless; prints the page's summary card as text, saves screenshots to e2e-output/, exits 0.
//  - No browser at all: says how to install one, and prints the sample page's card through the CLI instead.
// The sample page is served from 127.0.0.1 under the name www.boersennews.de (a supported site), like the e2e tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { FIXTURE, OUT, ROOT, TRUTH, ensureOut, findChromium, findFirefox } from '../e2e/lib/env.mjs';
import { SITE_HOST, startServer } from '../e2e/server.mjs';

const SAMPLE_URL = TRUTH.pages[FIXTURE].url;
const headed = Boolean(process.env.DISPLAY) && process.env.HEADLESS !== '1';
const say = (...a) => console.log('[finlens start]', ...a);

say('building the extension (npm run build)...');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('[finlens start] the build failed (see above).');
  process.exit(1);
}
say('built dist/chrome and dist/firefox');

const chromium = findChromium();
const firefox = chromium ? null : findFirefox();
if (!chromium && !firefox) {
  say('no browser found. Install one to see the extension at work:');
  say('  sudo apt-get install chromium        (Debian/Ubuntu; or set CHROME_PATH to Chrome for Testing:');
  say('                                        npx @puppeteer/browsers install chrome@stable)');
  say('  sudo apt-get install firefox-esr     (or set FIREFOX to a Firefox binary)');
  say('Meanwhile, the summary card of the sample page, from the command-line tool on the same core:\n');
  const cli = spawnSync(process.execPath, [join(ROOT, 'bin/finlens.mjs'), 'analyze', join(ROOT, 'test/fixtures', FIXTURE), '--url', SAMPLE_URL, '--format', 'text'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(cli.status === 0 ? 0 : 1);
}

const server = await startServer();
const pageUrl = `${server.siteOrigin}/${FIXTURE}`;
try {
  if (chromium) await withChromium(chromium);
  else await withFirefox(firefox);
} finally {
  await server.close();
}

async function printCard(card) {
  if (!card) {
    say('the extension found no article on the sample page.');
    return;
  }
  const { cardToText } = await tsImport('../src/core/card/format.ts', import.meta.url);
  console.log('\n' + cardToText(card, card.lang ?? 'de') + '\n');
}

async function withChromium(executablePath) {
  const { launchChromium, tabIdForHost } = await import('../e2e/lib/chromium.mjs');
  say(`opening ${headed ? 'a window of' : 'headless'} ${executablePath} with the extension on the sample page`);
  const b = await launchChromium({ executablePath, extension: join(ROOT, 'dist/chrome'), headless: !headed, viewport: headed ? null : undefined });
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto(pageUrl);
  if (headed) {
    say(`sample page: ${pageUrl}  (click the FinLens icon in the toolbar; pin it from the puzzle menu). Close the browser to stop.`);
    await new Promise((r) => b.context.on('close', r));
    await b.close();
    return;
  }
  try {
    await page.waitForSelector('[data-finlens-article]', { state: 'attached', timeout: 20000 });
    const tabId = await tabIdForHost(b.sw, SITE_HOST);
    const state = await b.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getState' }), tabId);
    say(`hidden on the page: ${state.counts.ad} ads, ${state.counts.leverage} leverage widgets, ${state.counts.promo} promotions`);
    await printCard(state.card);
    await ensureOut();
    await page.screenshot({ path: join(OUT, 'start-page.png') });
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(b.popupUrl(tabId));
    await popup.getByTestId('summary-card').waitFor({ timeout: 20000 });
    await popup.screenshot({ path: join(OUT, 'start-popup.png') });
    say(`screenshots: ${join(OUT, 'start-page.png')}, ${join(OUT, 'start-popup.png')}`);
  } finally {
    await b.close();
  }
}

async function withFirefox(executablePath) {
  const { launchFirefox, openExtensionPage } = await import('../e2e/lib/firefox.mjs');
  say(`opening ${headed ? 'a window of' : 'headless'} ${executablePath} with the extension (temporary add-on) on the sample page`);
  const ff = await launchFirefox({ executablePath, extension: join(ROOT, 'dist/firefox'), proxyPort: server.port, headless: !headed });
  const page = await ff.browser.newPage();
  await page.goto(pageUrl);
  if (headed) {
    say(`sample page: ${pageUrl}  (the FinLens icon is in the toolbar's extensions menu). Close the browser to stop.`);
    await new Promise((r) => ff.browser.on('disconnected', r));
    await ff.close();
    return;
  }
  try {
    await page.waitForSelector('[data-finlens-article]', { timeout: 20000 });
    await ensureOut();
    await page.screenshot({ path: join(OUT, 'start-page.png') });
    const popup = await ff.browser.newPage();
    await popup.setViewport({ width: 380, height: 600 });
    await openExtensionPage(popup, `${ff.base}/src/popup/index.html`);
    const found = await popup.evaluate(async (host) => {
      for (const t of await browser.tabs.query({})) {
        try {
          const s = await browser.tabs.sendMessage(t.id, { type: 'getState' });
          if (s?.host === host) return { tabId: t.id, state: s };
        } catch {
          /* no content script there */
        }
      }
      return null;
    }, SITE_HOST);
    if (!found) throw new Error('the content script did not answer');
    const { counts } = found.state;
    say(`hidden on the page: ${counts.ad} ads, ${counts.leverage} leverage widgets, ${counts.promo} promotions`);
    await printCard(found.state.card);
    await openExtensionPage(popup, `${ff.base}/src/popup/index.html?tabId=${found.tabId}`);
    await popup.waitForSelector('[data-testid=summary-card]', { timeout: 20000 });
    await popup.screenshot({ path: join(OUT, 'start-popup.png') });
    say(`screenshots: ${join(OUT, 'start-page.png')}, ${join(OUT, 'start-popup.png')}`);
  } finally {
    await ff.close();
  }
}
