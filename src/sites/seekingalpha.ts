import type { SiteProfile } from './types';

// seekingalpha.com: ad containers and premium-upsell promotions between paragraphs.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const seekingalpha = {
  id: 'seekingalpha',
  name: 'Seeking Alpha',
  match: ['seekingalpha.com'],
  lang: 'en',
  hide: [
    { selector: "[data-test-id*='ad-container'], [class*='ad-wrap']", kind: 'ad', why: "ad container" },
    { selector: "[data-test-id*='paywall-upsell'], [class*='upsell']", kind: 'promo', why: "subscription upsell" },
  ],
} satisfies SiteProfile;
