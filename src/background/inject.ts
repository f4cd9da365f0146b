// Runs the two large scripts of FinLens in the frame that asks for them: the content script (content.iife.ts:
// article, hiding, highlights), asked for by the early script once the page is idle, and the entity engine
// (engine.iife.ts: recogniser, its indexes, the card), asked for by the content script. Script files of the extension
// run with scripting.executeScript: no web_accessible_resources, no remote code, and the page's
// Content-Security-Policy does not apply to them.
import browser from 'webextension-polyfill';
import contentScript from '../content/content.iife.ts?script';
import engineScript from '../content/engine.iife.ts?script';

async function injectInto(sender: browser.Runtime.MessageSender, file: string): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId == null) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
  return true;
}

export const injectContent = (sender: browser.Runtime.MessageSender) => injectInto(sender, contentScript);
export const injectEngine = (sender: browser.Runtime.MessageSender) => injectInto(sender, engineScript);
