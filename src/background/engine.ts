// Injects the entity engine (src/content/engine.iife.ts) into the frame of the content script that asks for it.
// A script file of the extension run with scripting.executeScript: no web_accessible_resources, no remote code,
// and the page's Content-Security-Policy does not apply to it.
import browser from 'webextension-polyfill';
import engineScript from '../content/engine.iife.ts?script';

export async function injectEngine(sender: browser.Runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId == null) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [engineScript] });
  return true;
}
