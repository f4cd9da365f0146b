// Launching Debian Chromium (or Chrome for Testing) with the unpacked extension through playwright-core.
// The recipe is the one proven in ../shared/notes/toolchain.md section 4.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_HOST } from '../server.mjs';

// Playwright reports a service worker's own requests only with this switch on (extension SW included).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

/**
 * @param {{ executablePath: string, extension: string, headless?: boolean, viewport?: {width:number,height:number} | null,
 *   hosts?: string[], proxyPort?: number }} o   hosts: site names to resolve to 127.0.0.1 (default: www.boersennews.de);
 *   proxyPort: send every http(s) request of the browser through the local e2e server, which logs it (the
 *   offscreen document and the service worker included, which Playwright's request events may miss).
 * headless: true = --headless=new (extensions load there); false = a window on $DISPLAY.
 */
export async function launchChromium(o) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'finlens-chromium-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps',
    '--disable-domain-reliability', '--metrics-recording-only',
    // The content script only runs on the supported sites: their name resolves to the local server.
    `--host-resolver-rules=${(o.hosts ?? [SITE_HOST]).map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,OptimizationHints,MediaRouter',
    `--disable-extensions-except=${o.extension}`,
    `--load-extension=${o.extension}`,
  ];
  if (o.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${o.proxyPort}`, '--proxy-bypass-list=<-loopback>');
  if (o.headless !== false) args.unshift('--headless=new');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: o.executablePath,
    headless: false, // --headless=new is passed above; Playwright's own flag would add the old mode on some versions
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport: o.viewport === undefined ? { width: 1200, height: 900 } : o.viewport,
    colorScheme: 'light',
    locale: 'de-DE',
  });
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 30000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    popupUrl: (tabId) => `chrome-extension://${extensionId}/src/popup/index.html${tabId == null ? '' : `?tabId=${tabId}`}`,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** The id of the tab whose content script answers getState for `host` (the popup-as-tab needs it). */
export async function tabIdForHost(sw, host) {
  return sw.evaluate(async (h) => {
    for (const t of await chrome.tabs.query({})) {
      try {
        const s = await chrome.tabs.sendMessage(t.id, { type: 'getState' });
        if (s?.host === h) return t.id;
      } catch {
        /* no content script in that tab */
      }
    }
    return null;
  }, host);
}

/**
 * Uncaught errors and FinLens' own failure logs in a page, from every world (the content script runs in an
 * isolated world, which Playwright's pageerror does not report). Returns the live list.
 */
export async function watchErrors(context, page, label) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`${label} pageerror: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const where = d.url || d.stackTrace?.callFrames?.[0]?.url || '';
    errors.push(`${label} exception${where ? ` in ${where}` : ''}: ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    const first = String(args?.[0]?.value ?? '');
    if (first.startsWith('FinLens:') || (type === 'error' && /extension/i.test(first))) {
      errors.push(`${label} console.${type}: ${args.map((a) => a.value ?? a.description).join(' ')}`);
    }
  });
  await cdp.send('Runtime.enable');
  return errors;
}
