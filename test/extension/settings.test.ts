import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { DEFAULTS, hidingOn, parseSettings, SETTINGS_VERSION, cleanPatch } from '../../src/shared/settings';
import { loadSettings, saveSettings } from '../../src/shared/settings-store';

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(parseSettings(undefined).settings).toEqual(DEFAULTS);
    expect(parseSettings('garbage').settings).toEqual(DEFAULTS);
  });

  test.each([
    ['hideEverywhere', 'yes'],
    ['watchlist', 'SAP'],
    ['siteHiding', ['a.com']],
    ['copyFormat', 'pdf'],
    ['userRules', 42],
  ])('a corrupt %s falls back alone and keeps the other values', (key, bad) => {
    const stored = { settingsVersion: SETTINGS_VERSION, highlightPeople: false, watchlist: ['SAP'], [key]: bad };
    const { settings, rejected } = parseSettings(stored);
    expect(rejected).toEqual([key]);
    expect(settings[key as keyof typeof settings]).toEqual(DEFAULTS[key as keyof typeof DEFAULTS]);
    expect(settings.highlightPeople).toBe(false);
    if (key !== 'watchlist') expect(settings.watchlist).toEqual(['SAP']);
  });

  test('a partial hideKinds keeps what is valid', () => {
    expect(parseSettings({ settingsVersion: 2, hideKinds: { ad: false, promo: 'x' } }).settings.hideKinds).toEqual({
      ad: false, leverage: true, promo: true,
    });
  });

  test('the v1 shape migrates', () => {
    const { settings, migrated } = parseSettings({ adHiding: false, disabledSites: ['www.onvista.de', 7] });
    expect(migrated).toBe(true);
    expect(settings.hideEverywhere).toBe(false);
    expect(settings.siteHiding).toEqual({ 'www.onvista.de': false });
  });

  test('watchlist entries are trimmed, deduplicated, empty lines dropped', () => {
    expect(cleanPatch({ watchlist: [' SAP ', '', 'SAP', 'Meta', 3] }).watchlist).toEqual(['SAP', 'Meta']);
  });
});

describe('hidingOn', () => {
  test.each([
    [{}, true, 'www.onvista.de', true],
    [{ 'onvista.de': false }, true, 'www.onvista.de', false],
    [{ 'onvista.de': true }, false, 'www.onvista.de', true],
    [{ 'onvista.de': false }, true, 'www.ariva.de', true],
    [{}, false, null, false],
  ])('site %j, everywhere %s, host %s -> %s', (siteHiding, hideEverywhere, host, expected) => {
    expect(hidingOn({ ...DEFAULTS, siteHiding, hideEverywhere }, host)).toBe(expected);
  });
});

describe('settings store', () => {
  test('round trip', async () => {
    await saveSettings({ watchlist: ['Meta Platforms'], hideEverywhere: false });
    const s = await loadSettings();
    expect(s.watchlist).toEqual(['Meta Platforms']);
    expect(s.hideEverywhere).toBe(false);
  });

  test('storage unavailable: defaults, no exception', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is disabled'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSettings()).toEqual(DEFAULTS);
  });

  test('a quota error on save is a readable error and loses nothing already saved', async () => {
    await saveSettings({ watchlist: ['SAP'] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ userRules: 'x' })).rejects.toThrow(/Could not save settings: QUOTA_BYTES/);
    expect((await loadSettings()).watchlist).toEqual(['SAP']);
  });

  test('a corrupt stored value is not overwritten on load (the reader can still recover it)', async () => {
    await fakeBrowser.storage.local.set({ settingsVersion: SETTINGS_VERSION, watchlist: 'SAP, Meta' });
    expect((await loadSettings()).watchlist).toEqual([]);
    expect(await fakeBrowser.storage.local.get('watchlist')).toEqual({ watchlist: 'SAP, Meta' });
  });
});
