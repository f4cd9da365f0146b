// Reading the settings from a storage area, read-only and without the browser polyfill, so the early script
// (document_start, on every page load) stays a few kilobytes: Chrome's chrome.storage.local and Firefox's
// browser.storage.local both return promises. settings-store.ts, which migrates and writes, reads through this too.
import { DEFAULTS, parseSettings, STORED_KEYS, type LoadResult } from './settings';

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** The stored settings, validated; defaults (with a warning) when storage is missing or refuses. */
export async function readSettings(area: StorageArea | undefined): Promise<LoadResult> {
  try {
    if (!area) throw new Error('no storage');
    return parseSettings(await area.get(STORED_KEYS));
  } catch (error) {
    console.warn('FinLens: storage unavailable, using defaults', error);
    return { settings: structuredClone(DEFAULTS), migrated: false, rejected: [] };
  }
}
