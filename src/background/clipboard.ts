// Clipboard writes for the context menu and the keyboard shortcut. A Chrome MV3 service worker has no DOM and
// no clipboard: it hands the text to an offscreen document. Firefox's background is an event page with a DOM.
import browser from 'webextension-polyfill';
import { writeClipboard } from '../shared/clipboard';
import type { ClipboardPayload } from '../shared/copy-formats';

declare const __BROWSER__: 'chrome' | 'firefox';
const OFFSCREEN_URL = 'src/offscreen/index.html';

export async function copyFromBackground(payload: ClipboardPayload): Promise<boolean> {
  if (typeof document !== 'undefined' && __BROWSER__ === 'firefox') {
    return writeClipboard(document, payload.text, payload.html);
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ type: 'offscreenCopy', ...payload })) === true;
}

async function ensureOffscreen(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: ChromeOffscreen; runtime: { getContexts?: (f: object) => Promise<unknown[]> } } }).chrome;
  if (!offscreen?.offscreen) throw new Error('No offscreen API');
  const existing = (await offscreen.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
  if (existing.length) return;
  await offscreen.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['CLIPBOARD'],
    justification: 'Copy the summary card from the context menu or the keyboard shortcut.',
  });
}

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
