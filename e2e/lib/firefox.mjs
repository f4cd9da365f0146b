// Launching firefox-esr through puppeteer-core (WebDriver BiDi) with dist/firefox as a temporary add-on.
// The recipe is the one proven in ../shared/notes/toolchain.md section 6.
import puppeteer from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_HOST } from '../server.mjs';

export const GECKO_ID = 'finlens@finlens.dev';
export const UUID = '6f1c8a4e-2b7d-4c1a-9e3f-5d2a7b8c9e01'; // pins moz-extension://<uuid>/ through a pref

/**
 * @param {{ executablePath: string, extension: string, proxyPort: number, headless?: boolean }} o
 * Every http(s) request of the browser (pages, extension, Firefox itself) goes through `proxyPort`, the local
 * e2e server, which serves the fixture for the supported host name and logs anything else: that is how the
 * test proves the extension fetches nothing.
 */
export async function launchFirefox(o) {
  const profile = await mkdtemp(join(tmpdir(), 'finlens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: o.executablePath,
    headless: o.headless !== false,
    userDataDir: profile,
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.dns.localDomains': SITE_HOST,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': o.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': o.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own remote-settings sync is not ours: point it nowhere, so any request the proxy sees is a finding.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'ui.systemUsesDarkTheme': 0,
      'layout.css.prefers-color-scheme.content-override': 1, // light
      'intl.locale.requested': 'de-DE',
    },
  });
  const id = await browser.installExtension(o.extension);
  return {
    browser,
    extensionId: id,
    base: `moz-extension://${UUID}`,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/**
 * BiDi never reports a navigation to moz-extension:// as finished (goto times out although the page loads):
 * fire and forget, then wait for the document.
 */
export async function openExtensionPage(page, url, timeout = 20000) {
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout }, url);
}
