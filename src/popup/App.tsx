import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageState } from '../shared/messages';
import { sendToTab } from '../shared/messages';
import { DEFAULTS, hidingOn, type Settings } from '../shared/settings';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store';
import { t } from '../shared/i18n';
import { targetTabId } from './tab';
import { HidingPanel } from './HidingPanel';
import { SummaryCardView } from './SummaryCardView';
import { CopyBar } from './CopyBar';
import { EnableSite } from './EnableSite';

type Status = { kind: 'loading' } | { kind: 'ready'; tabId: number; state: PageState } | { kind: 'inactive'; tabId: number | null };

/** How often, and how far apart, an opening popup asks a page whose content script has not answered yet (2 s). */
const RETRIES = 8;
const RETRY_MS = 250;

export function App() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [error, setError] = useState<string | null>(null);

  // The content script arrives in the page's first idle period after it was parsed, so a popup opened while the page
  // loads may find no one to answer yet: it shows the page as inactive at once, and asks again for a moment.
  const refresh = async (retries = 0, signal?: AbortSignal) => {
    const tabId = await targetTabId();
    if (tabId == null) return setStatus({ kind: 'inactive', tabId: null });
    try {
      const state = await sendToTab(tabId, 'getState', {});
      setStatus(state ? { kind: 'ready', tabId, state } : { kind: 'inactive', tabId });
    } catch {
      setStatus({ kind: 'inactive', tabId });
      if (retries > 0 && !signal?.aborted) setTimeout(() => void refresh(retries - 1, signal), RETRY_MS);
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    void refresh(RETRIES, controller.signal);
    let timer: ReturnType<typeof setTimeout> | undefined;
    watchSettings((s) => {
      if (controller.signal.aborted) return;
      setSettings(s);
      // The content script applies the change itself; ask again for the new counts.
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 50);
    }, controller.signal);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);

  const save = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    saveSettings(patch).catch((e: Error) => setError(e.message));
  };

  if (status.kind === 'loading') return <main class="popup" aria-busy="true" />;
  if (status.kind === 'inactive') {
    return (
      <main class="popup">
        <Header />
        <EnableSite tabId={status.tabId} onEnabled={() => void refresh()} />
      </main>
    );
  }
  const { state, tabId } = status;
  const host = state.host;
  return (
    <main class="popup" data-testid="popup">
      <Header />
      {error && <p class="error" role="alert">{error}</p>}
      <HidingPanel
        host={host}
        counts={state.counts}
        siteOn={hidingOn(settings, host)}
        everywhere={settings.hideEverywhere}
        reveal={settings.revealHidden}
        onSite={(on) => host && save({ siteHiding: { ...settings.siteHiding, [host]: on } })}
        onEverywhere={(on) => save({ hideEverywhere: on, siteHiding: {} })}
        onReveal={(on) => save({ revealHidden: on })}
      />
      {state.card ? (
        <>
          <SummaryCardView
            card={state.card}
            entities={state.entities}
            onReveal={(target) => void sendToTab(tabId, 'reveal', target).catch(() => undefined)}
          />
          <CopyBar card={state.card} />
        </>
      ) : (
        <p class="muted">{t('noArticle')}</p>
      )}
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

function Header() {
  return (
    <header class="brand">
      <img src="/icons/icon32.png" width={20} height={20} alt="" />
      <strong>FinLens</strong>
    </header>
  );
}
