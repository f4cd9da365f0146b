// The only module that writes settings to browser.storage (settings-read.ts reads, for this and the early script).
// Storage can be missing, slow, full or corrupt: every path here falls back to defaults and keeps whatever the
// reader saved that is still valid.
import browser from 'webextension-polyfill';
import { cleanPatch, DEFAULTS, SETTINGS_VERSION, type Settings } from './settings';
import { readSettings } from './settings-read';

export async function loadSettings(): Promise<Settings> {
  const { settings, migrated } = await readSettings(browser.storage.local);
  if (migrated) {
    // Write the migrated shape once; rejected keys are left as they are so nothing the reader made is destroyed.
    await saveSettings(settings).catch(() => undefined);
    await browser.storage.local.remove(['adHiding', 'disabledSites']).catch(() => undefined);
  }
  return settings;
}

/** Saves a validated patch. Throws a readable Error when storage refuses (quota): the UI shows it. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const clean = cleanPatch(patch as Record<string, unknown>);
  try {
    await browser.storage.local.set({ ...clean, settingsVersion: SETTINGS_VERSION });
  } catch (error) {
    throw new Error(`Could not save settings: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Calls `onChange` with fresh settings whenever any setting changes; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => k in DEFAULTS)) return;
    void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
