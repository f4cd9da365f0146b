import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** Shown where the content script does not run: asks for this one site's permission, then starts at once. */
export function EnableSite({ tabId, onEnabled }: { tabId: number | null; onEnabled(): void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => {
    if (tabId == null) return;
    // activeTab gives the popup the URL of the tab it was opened on.
    browser.tabs.get(tabId).then((tab) => {
      const url = tab.url ? new URL(tab.url) : null;
      setOrigin(url && /^https?:$/.test(url.protocol) ? `${url.protocol}//${url.hostname}/*` : null);
    }).catch(() => setOrigin(null));
  }, [tabId]);

  const enable = () => {
    if (tabId == null || !origin) return setMessage(t('cannotEnableHere'));
    // The request must start synchronously inside the click: permissions.request needs the user gesture.
    browser.permissions.request({ origins: [origin] }).then(async (granted) => {
      if (!granted) return setMessage(t('permissionDenied'));
      const cs = browser.runtime.getManifest().content_scripts?.[0];
      if (cs?.css?.length) await browser.scripting.insertCSS({ target: { tabId }, files: cs.css });
      await browser.scripting.executeScript({ target: { tabId }, files: cs?.js ?? [] });
      setTimeout(onEnabled, 300);
    }).catch((e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section class="panel">
      <p>{origin ? t('inactiveHere') : t('cannotEnableHere')}</p>
      <button type="button" class="primary" data-testid="enable-site" disabled={!origin} onClick={enable}>
        {t('enableOnSite')}
      </button>
      {message && <p class="muted" role="status">{message}</p>}
    </section>
  );
}
