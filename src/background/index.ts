// Background: badge per tab, context menu "Copy summary card", keyboard commands, enabled sites.
// A flat map of handlers; every handler is guarded so one failure never takes the others down.
import browser from 'webextension-polyfill';
import type { BackgroundCommands, Message } from '../shared/messages';
import { sendToTab } from '../shared/messages';
import { updateBadge } from './badge';
import { copyFromBackground } from './clipboard';
import { syncEnabledSites } from './site-access';
import { injectContent, injectEngine } from './inject';
import { payloadFor } from '../shared/copy-formats';
import { hidingOn } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { t, uiLanguage } from '../shared/i18n';

const MENU_COPY = 'finlens-copy-card';

function contentFiles(): { js: string[]; css: string[] } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return { js: cs?.js ?? [], css: cs?.css ?? [] };
}

/** Copies the card of a tab in the reader's chosen format. */
export async function copyCard(tabId: number, format?: BackgroundCommands['copyCard']['request']['format']): Promise<boolean> {
  const state = await sendToTab(tabId, 'getState', {});
  if (!state?.card) return false;
  const settings = await loadSettings();
  const ok = await copyFromBackground(payloadFor(state.card, format ?? settings.copyFormat, uiLanguage()));
  await flashBadge(tabId, ok ? '✓' : '!');
  return ok;
}

async function flashBadge(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  setTimeout(() => void sendToTab(tabId, 'getState', {}).then((s) => updateBadge(tabId, s.counts, s.hiding)).catch(() => undefined), 1500);
}

/** Keyboard command: switch hiding for the active tab's site, and remember it. */
async function toggleHidingFor(tabId: number): Promise<void> {
  const state = await sendToTab(tabId, 'getState', {});
  const settings = await loadSettings();
  const host = state.host;
  if (!host) return;
  const next = !hidingOn(settings, host);
  await saveSettings({ siteHiding: { ...settings.siteHiding, [host]: next } });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function setup(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const msg = raw as Message<BackgroundCommands>;
    if (!msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'countsChanged' && sender.tab?.id != null) {
      return updateBadge(sender.tab.id, msg.counts, msg.hiding).catch(() => undefined);
    }
    if (msg.type === 'copyCard') return copyCard(msg.tabId, msg.format).catch(() => false);
    // Each rejects when injection fails, so the asking script knows (and the content script can try again later).
    if (msg.type === 'loadContent') return injectContent(sender);
    if (msg.type === 'loadEngine') return injectEngine(sender);
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_COPY, title: t('menuCopyCard'), contexts: ['page', 'selection', 'link'] }),
    ).catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_COPY && tab?.id != null) void copyCard(tab.id).catch(() => flashBadge(tab.id!, '!'));
  });

  browser.commands.onCommand.addListener((command) => {
    void activeTabId()
      .then(async (tabId) => {
        if (tabId == null) return;
        if (command === 'toggle-hiding') await toggleHidingFor(tabId);
        if (command === 'copy-card') await copyCard(tabId);
      })
      .catch(() => undefined);
  });

  // Optional host permissions granted or removed: follow them with the content-script registration.
  const resync = () => {
    const { js, css } = contentFiles();
    void syncEnabledSites(js, css).catch((e) => console.warn('FinLens: could not register enabled sites', e));
  };
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
}

setup();
