import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULTS, type CopyFormat, type Settings } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { parseUserRules } from '../core/ads/user-rules';
import { t } from '../shared/i18n';

/** Every setting on one page; each change is validated and saved at once, the content scripts follow live. */
export function Options() {
  const [s, setS] = useState<Settings>(DEFAULTS);
  const [rulesDraft, setRulesDraft] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then((loaded) => {
      setS(loaded);
      setRulesDraft(loaded.userRules);
    });
  }, []);
  const save = (patch: Partial<Settings>) => {
    setS((prev) => ({ ...prev, ...patch }));
    saveSettings(patch).then(() => setStatus(t('saved')), (e: Error) => setStatus(e.message));
  };
  const ruleErrors = useMemo(() => parseUserRules(rulesDraft).errors, [rulesDraft]);
  const check = (key: keyof Settings, label: string) => (
    <label class="switch">
      <input type="checkbox" checked={Boolean(s[key])} data-testid={`opt-${key}`}
        onChange={(e) => save({ [key]: (e.currentTarget as HTMLInputElement).checked } as Partial<Settings>)} />
      <span>{t(label)}</span>
    </label>
  );
  const kind = (k: keyof Settings['hideKinds'], label: string) => (
    <label class="switch">
      <input type="checkbox" checked={s.hideKinds[k]}
        onChange={(e) => save({ hideKinds: { ...s.hideKinds, [k]: (e.currentTarget as HTMLInputElement).checked } })} />
      <span>{t(label)}</span>
    </label>
  );
  return (
    <main class="options">
      <h1>FinLens — {t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('hidingTitle')}</legend>
        {check('hideEverywhere', 'hideEverywhere')}
        {kind('ad', 'kindAds')}
        {kind('leverage', 'kindLeverage')}
        {kind('promo', 'kindPromo')}
        {check('revealHidden', 'revealHidden')}
        {Object.keys(s.siteHiding).length > 0 && (
          <>
            <p class="hint">{t('siteOverrides')}</p>
            <ul class="sites">
              {Object.entries(s.siteHiding).map(([host, on]) => (
                <li key={host}>
                  <span>{host}: {on ? t('on') : t('off')}</span>
                  <button type="button" class="link" onClick={() => {
                    const { [host]: _removed, ...rest } = s.siteHiding;
                    save({ siteHiding: rest });
                  }}>{t('remove')}</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('highlightTitle')}</legend>
        {check('highlightCompanies', 'highlightCompanies')}
        {check('highlightPeople', 'highlightPeople')}
        {check('highlightOrganizations', 'highlightOrganizations')}
        <p class="hint">{t('watchlistHint')}</p>
        <textarea data-testid="opt-watchlist" value={s.watchlist.join('\n')} aria-label={t('watchlist')}
          onChange={(e) => save({ watchlist: (e.currentTarget as HTMLTextAreaElement).value.split('\n') })} />
      </fieldset>
      <fieldset>
        <legend>{t('userRulesTitle')}</legend>
        <p class="hint">{t('userRulesHint')}</p>
        <textarea data-testid="opt-rules" value={rulesDraft} aria-label={t('userRulesTitle')} spellcheck={false}
          onInput={(e) => setRulesDraft((e.currentTarget as HTMLTextAreaElement).value)}
          onChange={() => ruleErrors.length === 0 && save({ userRules: rulesDraft })} />
        {ruleErrors.length > 0 && (
          <ul class="errors" role="alert" data-testid="rule-errors">
            {ruleErrors.map((e) => <li key={e.line}>{t('ruleError', [String(e.line), e.message])}</li>)}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('copyTitle')}</legend>
        <label>
          {t('copyFormat')}{' '}
          <select value={s.copyFormat} onChange={(e) => save({ copyFormat: (e.currentTarget as HTMLSelectElement).value as CopyFormat })}>
            <option value="markdown">Markdown</option>
            <option value="text">{t('copyText')}</option>
            <option value="html">{t('copyRich')}</option>
            <option value="json">JSON</option>
          </select>
        </label>
      </fieldset>
      <p class="muted" role="status">{status}</p>
      <p class="hint">{t('privacyNote')}</p>
    </main>
  );
}
