import type { SiteProfile } from './types';

// 4investors.de: banner slots and partner boxes.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const fourInvestors = {
  id: 'fourinvestors',
  name: '4investors',
  match: ['4investors.de'],
  lang: 'de',
  hide: [
    { selector: "[id^='banner'], [class*='banner_']", kind: 'ad', why: "banner slot" },
    { selector: "[class*='partnerbox'], [class*='partner-box']", kind: 'promo', why: "partner box" },
  ],
} satisfies SiteProfile;
