import type { BlockKind } from '../core/types';
import { t } from '../shared/i18n';

interface Props {
  host: string | null;
  counts: Record<BlockKind, number>;
  siteOn: boolean;
  everywhere: boolean;
  reveal: boolean;
  onSite(on: boolean): void;
  onEverywhere(on: boolean): void;
  onReveal(on: boolean): void;
}

/** The hiding switches and what was hidden, by kind. */
export function HidingPanel(p: Props) {
  const total = p.counts.ad + p.counts.leverage + p.counts.promo;
  return (
    <section class="panel" aria-labelledby="hiding-title">
      <h2 id="hiding-title">{t('hidingTitle')}</h2>
      <label class="switch">
        <input type="checkbox" role="switch" data-testid="hide-site" checked={p.siteOn} disabled={!p.host}
          onChange={(e) => p.onSite((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('hideOnSite', [p.host ?? '—'])}</span>
      </label>
      <label class="switch">
        <input type="checkbox" role="switch" data-testid="hide-everywhere" checked={p.everywhere}
          onChange={(e) => p.onEverywhere((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('hideEverywhere')}</span>
      </label>
      <p class="counts" data-testid="hidden-counts" aria-live="polite">
        {total === 0
          ? t('nothingHidden')
          : t('hiddenCounts', [String(p.counts.ad), String(p.counts.leverage), String(p.counts.promo)])}
      </p>
      <label class="switch small">
        <input type="checkbox" data-testid="reveal-hidden" checked={p.reveal}
          onChange={(e) => p.onReveal((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('revealHidden')}</span>
      </label>
    </section>
  );
}
