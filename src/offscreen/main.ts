// Chrome only: the offscreen document that writes to the clipboard for the service worker.
import browser from 'webextension-polyfill';
import { writeClipboard } from '../shared/clipboard';

browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = raw as { type?: string; text?: string; html?: string };
  if (msg?.type !== 'offscreenCopy' || typeof msg.text !== 'string') return undefined;
  return writeClipboard(document, msg.text, msg.html);
});
