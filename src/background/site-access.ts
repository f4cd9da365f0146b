// "Enable on this site": sites outside the built-in list get the content script once the reader grants the
// optional host permission from the popup. Registrations follow the granted permissions, nothing else.
import browser from 'webextension-polyfill';
import manifest from '../../manifest.json';

const SCRIPT_ID = 'finlens-enabled-sites';
const BUILT_IN = new Set(manifest.host_permissions);

export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Re-registers the content script for every granted optional origin (called on start and on changes). */
export async function syncEnabledSites(contentJs: string[], contentCss: string[]): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const extra = origins.filter((o) => !BUILT_IN.has(o));
  const scripting = browser.scripting;
  await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (!extra.length || !contentJs.length) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: extra, js: contentJs, css: contentCss, runAt: 'document_start', persistAcrossSessions: true },
  ]);
}
