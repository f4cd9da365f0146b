// Permissions are part of the product: host access only for the supported sites, everything else optional.
import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json';
import { PROFILES } from '../../src/sites';
import { manifestFor } from '../../vite.config';
import en from '../../_locales/en/messages.json';
import de from '../../_locales/de/messages.json';

const hostOfPattern = (p: string) => p.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');

describe('manifest', () => {
  test('host permissions are exactly the supported sites', () => {
    const hosts = new Set(manifest.host_permissions.map(hostOfPattern));
    const profileDomains = new Set(PROFILES.flatMap((p) => p.match));
    for (const d of profileDomains) expect([...hosts].some((h) => h === d || d.endsWith('.' + h) || h.endsWith('.' + d))).toBe(true);
    for (const h of hosts) expect([...profileDomains].some((d) => h === d || h.endsWith('.' + d))).toBe(true);
    expect(manifest.host_permissions.some((p) => p.includes('<all_urls>') || p.startsWith('*://*/') || /^https?:\/\/\*\//.test(p))).toBe(false);
  });

  test('the content script runs where the host permissions are, nowhere else', () => {
    expect(manifest.content_scripts[0].matches).toEqual(manifest.host_permissions);
  });

  test('other sites only through optional permissions', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  test('no remote code: no external URLs in the manifest', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*)/);
  });

  test('Chrome gets a service worker, Firefox an event page without offscreen', () => {
    const chrome = manifestFor('chrome') as unknown as Record<string, any>;
    const firefox = manifestFor('firefox') as unknown as Record<string, any>;
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();
  });

  test('every UI string exists in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(de)) expect(value.message, key).toBeTruthy();
  });
});
