import type { SiteProfile } from './types';

// marketwatch.com: ad containers and sponsored "partner center" modules.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const marketwatch = {
  id: 'marketwatch',
  name: 'MarketWatch',
  match: ['marketwatch.com'],
  lang: 'en',
  hide: [
    { selector: "[class*='container--ad'], [class*='element--ad']", kind: 'ad', why: "ad container" },
    { selector: "[class*='partner-center'], [class*='sponsored']", kind: 'ad', why: "partner / sponsored module" },
  ],
} satisfies SiteProfile;
