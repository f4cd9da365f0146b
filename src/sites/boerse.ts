import type { SiteProfile } from './types';

// boerse.de: the publisher's own product promotions and banner slots.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const boerseDe = {
  id: 'boerse',
  name: 'boerse.de',
  match: ['boerse.de'],
  lang: 'de',
  hide: [
    { selector: "[class*='werbung'], [id*='werbung']", kind: 'ad', why: "ad container" },
    { selector: "[class*='banner-slot'], [id^='banner_']", kind: 'ad', why: "banner slot" },
  ],
} satisfies SiteProfile;
