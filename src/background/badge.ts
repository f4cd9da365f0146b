import browser from 'webextension-polyfill';
import type { BlockKind } from '../core/types';
import { t } from '../shared/i18n';

/** Badge = number of hidden blocks in the tab; the tooltip says how many of each kind. */
export async function updateBadge(tabId: number, counts: Record<BlockKind, number>, hiding: boolean): Promise<void> {
  const total = counts.ad + counts.leverage + counts.promo;
  const text = !hiding ? '' : total > 999 ? '999+' : total > 0 ? String(total) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
  const title = hiding
    ? t('badgeTitle', [String(counts.ad), String(counts.leverage), String(counts.promo)])
    : t('badgeTitleOff');
  await browser.action.setTitle({ tabId, title: `FinLens: ${title}` });
}
