// Entry of the content script. Not in the manifest: the early script (early.ts) asks the background to inject it
// once the page is parsed and idle (src/background/inject.ts). The `.iife.ts` name makes crxjs emit one
// self-contained classic script (no loader; vite.config.ts drops the web_accessible_resources crxjs would add).
import { start } from './index';

const KEY = '__finlensContentScript';
const g = globalThis as unknown as Record<string, AbortController | undefined>;

// Injected twice (manifest + "enable on this site", or an extension reload)? The newer copy takes over cleanly.
g[KEY]?.abort();
const controller = new AbortController();
g[KEY] = controller;
start(controller.signal).catch((error: unknown) => console.debug('FinLens: content script stopped', error));
