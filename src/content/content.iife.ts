// Entry of the content script. The `.iife.ts` name makes crxjs emit one self-contained classic script
// (no loader, no web_accessible_resources that would let sites fingerprint the extension).
import { start } from './index';

const KEY = '__finlensContentScript';
const g = globalThis as unknown as Record<string, AbortController | undefined>;

// Injected twice (manifest + "enable on this site", or an extension reload)? The newer copy takes over cleanly.
g[KEY]?.abort();
const controller = new AbortController();
g[KEY] = controller;
start(controller.signal).catch((error: unknown) => console.debug('FinLens: content script stopped', error));
