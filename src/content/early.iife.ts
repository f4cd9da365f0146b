// Entry of the early script, the one script in the manifest (see early.ts). `.iife.ts`: crxjs emits one
// self-contained classic script, no loader and no web_accessible_resources. It uses the browser's own API object,
// not webextension-polyfill: both browsers return promises from storage.local.get and runtime.sendMessage, and the
// polyfill would be most of this script's bytes, compiled on every page load.
import type Browser from 'webextension-polyfill';
import { startEarly } from './early';
import { pageHost } from './page-host';
import { whenIdle } from './schedule';
import { readSettings, type StorageArea } from '../shared/settings-read';
import type { BackgroundCommands } from '../shared/messages';

type Api = { storage?: { local?: StorageArea }; runtime: Pick<typeof Browser.runtime, 'sendMessage'> };
const g = globalThis as unknown as { browser?: Api; chrome?: Api };
const api = g.browser ?? g.chrome;

const loadContent: { type: keyof BackgroundCommands } = { type: 'loadContent' };

startEarly({
  doc: document,
  host: pageHost(),
  readSettings: () => readSettings(api?.storage?.local).then((r) => r.settings),
  whenIdle,
  requestContent: () => (api ? api.runtime.sendMessage(loadContent) : Promise.reject(new Error('no extension API'))),
});
