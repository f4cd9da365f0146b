import type { SiteProfile } from './types';

// investing.com: numbered ad slots, broker promotions ("Trade With A Regulated Broker"), sponsored widgets.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const investing = {
  id: 'investing',
  name: 'Investing.com',
  match: ['investing.com'],
  lang: 'en',
  hide: [
    { selector: "[id^='ad'][id$='Container'], [data-test*='ad-slot']", kind: 'ad', why: "numbered ad slot" },
    { selector: "[class*='broker-promo'], [class*='brokerPromo'], [id*='broker-promotion']", kind: 'promo', why: "broker promotion" },
    { selector: "[class*='sponsored']", kind: 'ad', why: "sponsored widget" },
  ],
} satisfies SiteProfile;
